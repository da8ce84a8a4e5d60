using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Emulator;

namespace Prevu3d.RealityConnect.IntegrationTests.FaultMatrix;

/// <summary>What one run of a fault case produced, described in the README table's words.</summary>
internal sealed record FaultOutcome(Exception? Error, int RouteRequests, TimeSpan Elapsed)
{
    /// <summary>The exception types a caller may meet; anything else is an unhandled type.</summary>
    public bool IsExpectedType => Error is null or ApiException or HttpRequestException
        || (Error is TaskCanceledException && Error.InnerException is TimeoutException);

    /// <summary>E.g. <c>succeeds; 2 browse requests</c> or <c>`ApiException` 503; 4 browse requests</c>.</summary>
    public string Describe(EmulatorRoute route, bool countRequests)
    {
        var result = Error switch
        {
            null => "succeeds",
            TaskCanceledException { InnerException: TimeoutException } => "`TaskCanceledException` (timeout)",
            ApiException { ResponseStatusCode: > 0 } api => $"`{Error.GetType().Name}` {api.ResponseStatusCode.ToString(CultureInfo.InvariantCulture)}",
            _ => $"`{Error.GetType().Name}`",
        };

        return countRequests
            ? string.Create(CultureInfo.InvariantCulture, $"{result}; {RouteRequests} {Name(route)} request{(RouteRequests == 1 ? string.Empty : "s")}")
            : result;
    }

    public static string Name(EmulatorRoute route) => route switch
    {
        EmulatorRoute.Token => "token",
        EmulatorRoute.ApiInfo => "api-info",
        _ => "browse",
    };
}
