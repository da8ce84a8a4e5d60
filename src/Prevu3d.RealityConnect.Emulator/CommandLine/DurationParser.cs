using System;
using System.Globalization;

namespace Prevu3d.RealityConnect.Emulator.CommandLine;

/// <summary>Reads and writes durations as people type them: <c>250ms</c>, <c>2s</c>, <c>5m</c>, <c>1h</c> or <c>00:00:05</c>.</summary>
internal static class DurationParser
{
    private static readonly (string Suffix, double Milliseconds)[] Units =
    [
        ("ms", 1),
        ("s", 1_000),
        ("m", 60_000),
        ("h", 3_600_000),
    ];

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        foreach (var (suffix, milliseconds) in Units)
        {
            // "ms" is tried before "s" and "m", so "250ms" is never read as minutes or seconds.
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text.AsSpan(0, text.Length - suffix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                var total = value * milliseconds;
                if (Math.Abs(total) > TimeSpan.MaxValue.TotalMilliseconds / 2)
                {
                    return false;
                }

                duration = TimeSpan.FromMilliseconds(total);
                return true;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration);
    }

    public static TimeSpan Parse(string? text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a duration (examples: 250ms, 2s, 5m, 1h, 00:00:05).");

    public static string Format(TimeSpan duration)
    {
        // The largest unit that divides the duration exactly: 1h, 5m, 90s, 250ms.
        for (var i = Units.Length - 1; i >= 0 && duration != TimeSpan.Zero; i--)
        {
            var ticks = (long)(Units[i].Milliseconds * TimeSpan.TicksPerMillisecond);
            if (duration.Ticks % ticks == 0)
            {
                return (duration.Ticks / ticks).ToString(CultureInfo.InvariantCulture) + Units[i].Suffix;
            }
        }

        return duration == TimeSpan.Zero ? "0s" : duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms";
    }
}
