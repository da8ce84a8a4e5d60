using System;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>
/// Thrown by a generated contract operation the emulator does not implement yet (a new spec operation);
/// <see cref="NotEmulatedFilter"/> answers it with 501 and an ErrorResponse.
/// </summary>
public sealed class OperationNotEmulatedException : Exception
{
    /// <summary>Creates the exception for one operation.</summary>
    /// <param name="operation">The generated method's name (the spec's operationId).</param>
    public OperationNotEmulatedException(string operation)
        : base($"The emulator does not implement '{operation}' yet.")
    {
        Operation = operation;
    }

    /// <summary>Creates the exception with no operation name.</summary>
    public OperationNotEmulatedException()
        : this("unknown")
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OperationNotEmulatedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Operation = "unknown";
    }

    /// <summary>The operation that is not emulated.</summary>
    public string Operation { get; }
}
