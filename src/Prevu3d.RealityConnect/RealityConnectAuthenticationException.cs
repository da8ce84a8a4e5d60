using System;
using Microsoft.Kiota.Abstractions;

namespace Prevu3d.RealityConnect;

/// <summary>
/// The authority refused or failed the client-credentials token request (<c>hasError</c>, a non-2xx status,
/// no token in the answer), or a credential was about to go to a host it is not meant for.
/// </summary>
/// <remarks>
/// <see cref="ApiException.ResponseStatusCode"/> holds the HTTP status when there was a response (0 otherwise);
/// the message holds the server's message. Neither ever contains the client secret.
/// </remarks>
public sealed class RealityConnectAuthenticationException : ApiException
{
    /// <summary>Creates the exception with a default message.</summary>
    public RealityConnectAuthenticationException()
        : base("RealityConnect authentication failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public RealityConnectAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public RealityConnectAuthenticationException(string message, Exception? innerException)
        : base(message, innerException!)
    {
    }

    /// <summary>Creates the exception for an HTTP answer.</summary>
    /// <param name="message">What went wrong, with the server's message.</param>
    /// <param name="responseStatusCode">The HTTP status of the answer.</param>
    /// <param name="innerException">The underlying failure.</param>
    public RealityConnectAuthenticationException(string message, int responseStatusCode, Exception? innerException = null)
        : base(message, innerException!)
    {
        ResponseStatusCode = responseStatusCode;
    }
}
