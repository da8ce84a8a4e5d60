using System;
using System.Globalization;
using Prevu3d.RealityConnect.Emulator.Routes;

namespace Prevu3d.RealityConnect.Emulator.Faults;

/// <summary>A fault rule as written on the command line: <c>ROUTE=FAULT</c> (always) or <c>ROUTE=FAULT*COUNT</c> (the next COUNT requests).</summary>
internal sealed record FaultRule(EmulatorRoute Route, EmulatorFault Fault, int? Count)
{
    public static FaultRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || !EmulatorRouteNames.TryParse(text[..equals], out var route))
        {
            throw new FormatException($"'{text}' is not a fault rule: expected ROUTE=FAULT[*COUNT] with ROUTE token, api-info or browse.");
        }

        var faultText = text[(equals + 1)..];
        int? count = null;
        var star = faultText.LastIndexOf('*');
        // Only a numeric suffix is a count, so a has-error message may contain '*'.
        if (star >= 0 && int.TryParse(faultText.AsSpan(star + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            count = parsed;
            faultText = faultText[..star];
        }

        return new FaultRule(route, EmulatorFault.Parse(faultText), count);
    }
}
