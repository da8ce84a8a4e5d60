using System;
using System.Collections.Generic;
using System.Linq;

namespace Prevu3d.RealityConnect.Emulator.Tests.Hierarchy;

public sealed class EmulatorHierarchyTests
{
    [Fact]
    public void SameSeedShouldGiveTheSameIdsNamesAndFields()
    {
        var first = EmulatorHierarchy.Generate(500, seed: 7);
        var second = EmulatorHierarchy.Generate(500, seed: 7);

        Assert.Equal(first.Nodes.Select(Describe), second.Nodes.Select(Describe));
    }

    [Fact]
    public void DifferentSeedsShouldGiveDifferentIds()
    {
        var first = EmulatorHierarchy.Generate(50, seed: 1);
        var second = EmulatorHierarchy.Generate(50, seed: 2);

        Assert.NotEqual(first.OrganizationId, second.OrganizationId);
        Assert.Empty(first.Nodes.Select(n => n.Id).Intersect(second.Nodes.Select(n => n.Id)));
    }

    [Fact]
    public void OrganizationIdShouldBeConfigurableWithoutChangingTheRestOfTheSeed()
    {
        var organizationId = Guid.NewGuid();
        var seeded = EmulatorHierarchy.Generate(40, seed: 3);
        var configured = EmulatorHierarchy.Generate(40, seed: 3, organizationId, "Test Organization");

        Assert.Equal(organizationId, configured.OrganizationId);
        Assert.Equal("Test Organization", configured.Organization.Name);
        Assert.Equal(seeded.Nodes.Skip(1).Select(n => n.Id), configured.Nodes.Skip(1).Select(n => n.Id));
        Assert.All(configured.GetChildren(organizationId), d => Assert.Equal(organizationId, d.ParentId));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(30)]
    [InlineData(200)]
    [InlineData(5000)]
    public void NodeCountShouldBeHonoured(int count)
    {
        var hierarchy = EmulatorHierarchy.Generate(count, seed: 11);

        Assert.Equal(count, hierarchy.Count);
        Assert.Equal(count, hierarchy.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(1, hierarchy.CountOf(EmulatorNodeType.Organization));
        // From five nodes up, every level exists.
        if (count >= 5)
        {
            Assert.All(Enum.GetValues<EmulatorNodeType>(), type => Assert.True(hierarchy.CountOf(type) > 0, $"no {type} in {count} nodes"));
        }
    }

    [Fact]
    public void HundredThousandNodesShouldGenerateAWellFormedTree()
    {
        var hierarchy = EmulatorHierarchy.Generate(100_000, seed: 42);

        Assert.Equal(100_000, hierarchy.Count);
        AssertWellFormed(hierarchy);
        Assert.True(hierarchy.CountOf(EmulatorNodeType.Asset) > 90_000);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    [InlineData(2000)]
    public void LevelsShouldNestOrganizationDivisionSiteFolderAsset(int count) =>
        AssertWellFormed(EmulatorHierarchy.Generate(count, seed: 5));

    [Fact]
    public void FoldersShouldSometimesHoldSubFolders()
    {
        var hierarchy = EmulatorHierarchy.Generate(5000, seed: 9);

        Assert.Contains(hierarchy.Nodes, n => n.Type == EmulatorNodeType.Folder && n.Depth > 3);
    }

    [Fact]
    public void ChildCountsShouldMatchGetChildren()
    {
        var hierarchy = EmulatorHierarchy.Generate(300, seed: 13);

        Assert.All(hierarchy.Nodes, n => Assert.Equal(n.ChildCount, hierarchy.GetChildren(n.Id).Count));
        Assert.Equal(hierarchy.Count - 1, hierarchy.Nodes.Sum(n => n.ChildCount));
    }

    [Fact]
    public void ExtraFieldsShouldBeFilledByType()
    {
        var hierarchy = EmulatorHierarchy.Generate(200, seed: 17);

        Assert.All(hierarchy.Nodes.Where(n => n.Type == EmulatorNodeType.Asset), a =>
        {
            Assert.True(a.PointCount > 0);
            Assert.True(a.CapturedAt < a.CreatedAt);
            Assert.NotNull(a.Format);
        });
        Assert.All(hierarchy.Nodes.Where(n => n.Type == EmulatorNodeType.Site), s => Assert.Contains(", ", s.Location));
        Assert.All(hierarchy.Nodes.Where(n => n.ParentId is not null), n =>
        {
            hierarchy.TryGetNode(n.ParentId!.Value, out var parent);
            Assert.True(n.CreatedAt > parent!.CreatedAt);
        });
    }

    [Fact]
    public void UnknownIdShouldBeAbsent()
    {
        var hierarchy = EmulatorHierarchy.Generate(20, seed: 1);

        Assert.False(hierarchy.TryGetNode(Guid.NewGuid(), out _));
        Assert.Throws<KeyNotFoundException>(() => hierarchy.GetChildren(Guid.NewGuid()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_001)]
    public void OutOfRangeSizeShouldBeRefused(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorHierarchy.Generate(count, seed: 1));

    private static void AssertWellFormed(EmulatorHierarchy hierarchy)
    {
        var position = hierarchy.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        for (var i = 1; i < hierarchy.Count; i++)
        {
            var node = hierarchy.Nodes[i];
            Assert.True(hierarchy.TryGetNode(node.ParentId!.Value, out var parent));
            Assert.True(position[parent.Id] < i, "a parent comes before its children");
            Assert.Equal(parent.Depth + 1, node.Depth);
            var allowed = node.Type switch
            {
                EmulatorNodeType.Division => [EmulatorNodeType.Organization],
                EmulatorNodeType.Site => [EmulatorNodeType.Division],
                EmulatorNodeType.Folder => [EmulatorNodeType.Site, EmulatorNodeType.Folder],
                EmulatorNodeType.Asset => new[] { EmulatorNodeType.Folder },
                _ => [],
            };
            Assert.Contains(parent.Type, allowed);
        }
    }

    private static string Describe(EmulatorNode n) =>
        $"{n.Id}|{n.Name}|{n.Type}|{n.ParentId}|{n.CreatedAt:O}|{string.Join(',', n.Tags)}|{n.Location}|{n.CapturedAt:O}|{n.PointCount}|{n.Format}";
}
