using System;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect;

/// <summary>An answer of the API could not be read: its body is not the JSON the spec describes (truncated, malformed).</summary>
/// <remarks>The message names the method and the host; the inner exception is the parser's.</remarks>
public sealed class RealityConnectResponseException : ApiException
{
    /// <summary>Creates the exception with a default message.</summary>
    public RealityConnectResponseException()
        : base("A RealityConnect answer could not be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public RealityConnectResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The parser's failure.</param>
    public RealityConnectResponseException(string message, Exception? innerException)
        : base(message, innerException!)
    {
    }
}
