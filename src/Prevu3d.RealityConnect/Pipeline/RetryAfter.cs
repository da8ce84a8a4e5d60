using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Prevu3d.RealityConnect.Pipeline;

/// <summary>
/// Reads a <c>Retry-After</c> header (RFC 9110 §10.2.3): whole seconds, or an HTTP date, which is always GMT.
/// </summary>
/// <remarks>
/// Older Kiota <c>RetryHandler</c> releases subtracted <c>DateTime.Now</c> (local time) and kept <c>TimeSpan.Seconds</c>
/// (0-59), so a date two minutes ahead became zero; 2.1.6 fixed that but reads only the IMF form, on the system clock.
/// This reader compares instants in UTC on the given clock, keeps the whole duration and accepts the obsolete forms.
/// </remarks>
internal static class RetryAfter
{
    /// <summary>The header's name.</summary>
    public const string HeaderName = "Retry-After";

    // Larger values are not waited for anyway (RetryMaxDelay); capping keeps TimeSpan arithmetic safe.
    private static readonly TimeSpan Cap = TimeSpan.FromDays(1);

    // IMF-fixdate, then the two obsolete forms recipients must accept: RFC 850 and asctime.
    private static readonly string[] DateFormats = ["r", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy", "ddd MMM  d HH:mm:ss yyyy"];

    /// <summary>Reads the delay from response headers as Kiota's <see cref="Microsoft.Kiota.Abstractions.ApiException.ResponseHeaders"/> holds them.</summary>
    /// <param name="headers">The headers (any case); may be null.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The delay (zero for a past date), or <see langword="null"/> without a readable header.</returns>
    public static TimeSpan? Read(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        var value = headers.FirstOrDefault(h => string.Equals(h.Key, HeaderName, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return Parse(value, now);
    }

    /// <summary>Reads one header value.</summary>
    /// <param name="value">The value, e.g. <c>120</c> or <c>Wed, 21 Oct 2015 07:28:00 GMT</c>.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The delay (zero for a past date), or <see langword="null"/> when the value is not one of the two forms.</returns>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            // Compared in seconds before a TimeSpan is built, so a huge value cannot overflow.
            return seconds >= (long)Cap.TotalSeconds ? Cap : TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(
                text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            var delay = date - now;
            return delay <= TimeSpan.Zero ? TimeSpan.Zero : delay > Cap ? Cap : delay;
        }

        return null;
    }
}
