using System.Linq;
using Prevu3d.Generator.Emitting;

namespace Prevu3d.Generator.Tests.Emitting;

public sealed class KiotaNameOrderTests
{
    [Fact]
    public void NamesShouldSortAsDotNetsCultureComparerSortsIdentifiers()
    {
        // The order .NET's InvariantCulture comparer gives these with ICU (checked on .NET 10, ICU 72), which Kiota's
        // OrderBy(x => x.Name) uses; the generator must not depend on the machine's globalization mode to get it.
        var expected = new[] { "_x", "a_", "a_b", "a_B", "a1", "a10", "a2", "A2", "aa", "ab", "aB", "Ab", "AB", "abC", "aBc", "alpha", "Beta", "id", "iD", "Id", "ID", "x", "Zeta" };
        var shuffled = expected.Reverse().Concat(expected.Where((_, i) => i % 2 == 0)).Distinct().ToArray();

        Assert.Equal(expected, shuffled.OrderBy(n => n, KiotaNameOrder.Instance).ToArray());
    }

    [Fact]
    public void PropertiesShouldSortAsKiotasSerializeWritesThem()
    {
        // Kiota 1.38's Serialize of listennotes' PodcastMinimum and docker-engine's Network (case-insensitive, not ordinal).
        var podcast = new[] { "Id", "Image", "ListennotesUrl", "ListenScore", "ListenScoreGlobalRank", "Publisher", "Thumbnail", "Title" };
        var network = new[] { "Attachable", "Containers", "Created", "Driver", "EnableIPv6", "Id", "Ingress", "Internal", "IPAM", "Labels", "Name", "Options", "Scope" };

        Assert.Equal(podcast, podcast.OrderByDescending(n => n, System.StringComparer.Ordinal).OrderBy(n => n, KiotaNameOrder.Instance).ToArray());
        Assert.Equal(network, network.OrderByDescending(n => n, System.StringComparer.Ordinal).OrderBy(n => n, KiotaNameOrder.Instance).ToArray());
        Assert.True(KiotaNameOrder.Instance.Compare("@Class", "Bird") > 0);
    }
}
