using System;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect;

/// <summary>
/// Base-URL discovery failed: <c>/oauth/api-info</c> failed, or its <c>apiUrl</c> is missing, relative, not https
/// (loopback aside) or on a host outside <see cref="RealityConnectClientOptions.AllowedHosts"/>. Nothing is sent
/// to a refused URL.
/// </summary>
/// <remarks><see cref="ApiException.ResponseStatusCode"/> holds the HTTP status when api-info answered with an error (0 otherwise).</remarks>
public sealed class RealityConnectDiscoveryException : ApiException
{
    /// <summary>Creates the exception with a default message.</summary>
    public RealityConnectDiscoveryException()
        : base("RealityConnect API discovery failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public RealityConnectDiscoveryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public RealityConnectDiscoveryException(string message, Exception? innerException)
        : base(message, innerException!)
    {
    }

    /// <summary>Creates the exception for an HTTP answer.</summary>
    /// <param name="message">What went wrong, with the server's message.</param>
    /// <param name="responseStatusCode">The HTTP status of the answer.</param>
    /// <param name="innerException">The underlying failure.</param>
    public RealityConnectDiscoveryException(string message, int responseStatusCode, Exception? innerException = null)
        : base(message, innerException!)
    {
        ResponseStatusCode = responseStatusCode;
    }
}
