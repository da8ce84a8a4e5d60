using Microsoft.AspNetCore.Mvc;
using Prevu3d.RealityConnect.Emulator.Contract;

namespace Prevu3d.RealityConnect.Emulator.Hosting;

/// <summary>The spec's <c>ErrorResponse</c> answers: <c>{"hasError": true, "message": ..., "statusCode": ...}</c>.</summary>
internal static class ErrorResponses
{
    public static ErrorResponse Create(int statusCode, string message) =>
        new() { HasError = true, Message = message, StatusCode = statusCode };

    public static ObjectResult Result(int statusCode, string message) =>
        new(Create(statusCode, message)) { StatusCode = statusCode };
}
