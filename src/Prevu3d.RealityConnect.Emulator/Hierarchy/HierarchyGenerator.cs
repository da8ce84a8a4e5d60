using System;
using System.Collections.Generic;

namespace Prevu3d.RealityConnect.Emulator.Hierarchy;

/// <summary>
/// Builds an <see cref="EmulatorHierarchy"/> in one pass over a seeded <see cref="Random"/> (whose seeded
/// sequence is stable across .NET versions). Level sizes grow like powers of the total, so 200 nodes give
/// 3 divisions, 9 sites, 20 folders and 167 assets, and 100,000 give 10, 126, 1,581 and 98,282.
/// </summary>
internal static class HierarchyGenerator
{
    private const double SubFolderShare = 0.25;
    private const int MaxFolderDepth = 5;
    private static readonly DateTimeOffset Epoch = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static EmulatorHierarchy Generate(int nodeCount, int seed, Guid? organizationId, string? organizationName)
    {
        var random = new Random(seed);
        var nodes = new EmulatorNode[nodeCount];
        var parents = new int[nodeCount];

        // The organization is drawn first, so its id depends on the seed alone.
        var generatedId = GuidFactory.Next(random);
        var generatedName = NameCatalog.Organization(random);
        nodes[0] = new EmulatorNode(
            organizationId ?? generatedId,
            organizationName ?? generatedName,
            EmulatorNodeType.Organization,
            null,
            Epoch.AddDays(random.Next(0, 365)),
            []);

        var rest = nodeCount - 1;
        // Each level keeps room for at least one node of every level below it.
        var divisions = Take(ref rest, Target(nodeCount, 0.2), reserve: 3);
        var sites = Take(ref rest, Math.Max(divisions, Target(nodeCount, 0.42)), reserve: 2);
        var folders = Take(ref rest, Math.Max(sites, Target(nodeCount, 0.7) / 2), reserve: 1);

        var next = 1;
        for (var i = 0; i < divisions; i++, next++)
        {
            Add(nodes, parents, random, next, 0, NameCatalog.Division(i), EmulatorNodeType.Division);
        }

        var firstSite = next;
        for (var i = 0; i < sites; i++, next++)
        {
            // Every division gets a site before any gets a second one.
            var division = 1 + (i < divisions ? i : random.Next(divisions));
            var (name, location) = NameCatalog.Site(random, i);
            Add(nodes, parents, random, next, division, name, EmulatorNodeType.Site, location: location);
        }

        var firstFolder = next;
        for (var i = 0; i < folders; i++, next++)
        {
            var parent = FolderParent(random, nodes, i, sites, firstSite, firstFolder);
            var name = nodes[parent].Type == EmulatorNodeType.Site ? NameCatalog.Area(random) : NameCatalog.Section(random);
            Add(nodes, parents, random, next, parent, name, EmulatorNodeType.Folder);
        }

        for (; next < nodeCount; next++)
        {
            var parent = folders > 0 ? firstFolder + random.Next(folders) : firstSite + random.Next(Math.Max(1, sites));
            Add(nodes, parents, random, next, parent, NameCatalog.Asset(random), EmulatorNodeType.Asset, isAsset: true);
        }

        return new EmulatorHierarchy(seed, nodes, parents);
    }

    private static int Target(int nodeCount, double exponent) => (int)Math.Round(Math.Pow(nodeCount, exponent));

    private static int Take(ref int rest, int target, int reserve)
    {
        var value = Math.Clamp(target, Math.Min(rest, 1), Math.Max(rest - reserve, Math.Min(rest, 1)));
        rest -= value;
        return value;
    }

    private static int FolderParent(Random random, EmulatorNode[] nodes, int folder, int sites, int firstSite, int firstFolder)
    {
        // Every site gets a top-level folder first; later folders are sometimes sub-folders of earlier ones.
        if (folder < sites)
        {
            return firstSite + folder;
        }

        if (random.NextDouble() < SubFolderShare)
        {
            var candidate = firstFolder + random.Next(folder);
            if (nodes[candidate].Depth < MaxFolderDepth)
            {
                return candidate;
            }
        }

        return firstSite + random.Next(sites);
    }

    private static void Add(
        EmulatorNode[] nodes,
        int[] parents,
        Random random,
        int index,
        int parent,
        string name,
        EmulatorNodeType type,
        string? location = null,
        bool isAsset = false)
    {
        var parentNode = nodes[parent];
        // Children are created after their parent, within about a year.
        var createdAt = parentNode.CreatedAt.AddDays(random.Next(1, 400)).AddSeconds(random.Next(86_400));
        IReadOnlyList<string> tags = NameCatalog.Pick(random, NameCatalog.TagSets);
        var id = GuidFactory.Next(random);
        parents[index] = parent;
        nodes[index] = isAsset
            ? new EmulatorNode(id, name, type, parentNode, createdAt, tags)
            {
                CapturedAt = createdAt.AddHours(-random.Next(2, 240)),
                PointCount = random.NextInt64(2_000_000, 900_000_000),
                Format = NameCatalog.Pick(random, NameCatalog.Formats),
            }
            : new EmulatorNode(id, name, type, parentNode, createdAt, tags) { Location = location };
    }
}
