using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Prevu3d.RealityConnect.Hierarchy;

namespace Prevu3d.Cli.Commands;

/// <summary>How <c>tree</c> names a branch the walk could not browse, on the terminal and in JSON.</summary>
internal static class UnreadableBranch
{
    public const string NoPermission = "no permission";

    public const string NotFound = "not found";

    /// <summary>The short reason: <c>no permission</c> for 403, <c>not found</c> for 404.</summary>
    public static string Reason(WalkedNode node)
        => node.BrowseError?.ResponseStatusCode == 403 ? NoPermission : NotFound;

    /// <summary>The summary's tail, e.g. <c>2 branches could not be read (1 no permission, 1 not found)</c>.</summary>
    public static string Summary(IReadOnlyCollection<WalkedNode> unreadable)
    {
        var parts = unreadable
            .GroupBy(Reason)
            .OrderBy(g => g.Key == NoPermission ? 0 : 1)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
        var noun = unreadable.Count == 1 ? "branch" : "branches";
        return string.Create(CultureInfo.InvariantCulture, $"{unreadable.Count} {noun} could not be read ({string.Join(", ", parts)})");
    }
}
