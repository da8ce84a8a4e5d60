using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Tests.Naming;

/// <summary>Each expected name is one kiota 1.38 wrote for the same path in the corpus (artifacts/corpus/kiota/…).</summary>
public sealed class SegmentNamesTests
{
    [Theory]
    [InlineData("{petId}", "pet", "WithPetItemRequestBuilder")] // swagger2-petstore
    [InlineData("{id}", "pets", "PetsItemRequestBuilder")] // swagger2-petstore-expanded
    [InlineData("{id}", "curated_podcasts", "Curated_podcastsItemRequestBuilder")] // listennotes
    [InlineData("{article_id}", "article", "WithArticle_ItemRequestBuilder")] // medium
    [InlineData("{topic_slug}", "latestposts", "WithTopic_slugItemRequestBuilder")] // medium
    [InlineData("{editor-type}", "aggregate", "EditorTypeItemRequestBuilder")] // wikimedia
    [InlineData("{uuid}", "merge-async", "WithUuItemRequestBuilder")] // github: the trailing `id` goes, whatever the word
    [InlineData("{username}", "user", "WithUsernameItemRequestBuilder")] // swagger2-petstore
    public void AnItemBuilderShouldBeNamedAsKiotaNamesIt(string segment, string parent, string expected)
    {
        Assert.Equal(expected, SegmentNames.ItemRequestBuilder(segment, parent));
    }

    [Theory]
    [InlineData("{id}.json", "badges", "WithIdJsonItemRequestBuilder")] // discourse
    [InlineData("{username}.json", "private-messages", "WithUsernameJsonItemRequestBuilder")] // discourse
    [InlineData("{external_id}.json", "external_id", "WithExternal_idJsonItemRequestBuilder")] // discourse
    [InlineData("{api}.json", "{service}", "WithApiJsonItemRequestBuilder")] // apis-guru
    public void AParameterWithAFileExtensionShouldKeepTheExtensionInItsBuildersName(string segment, string parent, string expected)
    {
        Assert.Equal(expected, SegmentNames.ItemRequestBuilder(segment, parent));
        Assert.DoesNotContain("Json", SegmentNames.TypeBase(segment, parent, isItem: true), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{id}", "")] // Admin.Users.Item.ItemRequestBuilder, GetResponse: discourse
    [InlineData("{username}", "Username")] // U.Item.UsernameItemRequestBuilder: discourse
    [InlineData("{provider}", "Provider")] // Item.ProviderItemRequestBuilder: apis-guru
    [InlineData("{userId}", "User")]
    [InlineData("{user-id}", "User")]
    [InlineData("{enterprise-team}", "EnterpriseTeam")] // Enterprises.Item.Teams.Item.EnterpriseTeamItemRequestBuilder: github
    [InlineData("{attestation_id}", "Attestation_")] // Orgs.Item.Attestations.Item.Attestation_ItemRequestBuilder: github
    [InlineData("{external_id}.json", "External_idJson")] // U.ByExternal.Item.External_idJsonItemRequestBuilder: discourse
    [InlineData("{api}.json", "ApiJson")] // Specs.Item.Item.ApiJsonItemRequestBuilder: apis-guru
    public void AMergedItemBuilderShouldBeNamedAsKiotasMergedOne(string segment, string? expected)
    {
        Assert.Equal(expected, SegmentNames.MergedItemBase(segment));
    }

    [Fact]
    public void AnIdAtTheRootShouldKeepItsParameterName()
    {
        // Kiota has no segment above to name it after; ours keeps the parameter.
        Assert.Equal("WithIdItemRequestBuilder", SegmentNames.ItemRequestBuilder("{id}", string.Empty));
    }

    [Theory]
    [InlineData("{petId}", "pet", true, "WithPet")] // WithPetPostRequestBody, swagger2-petstore
    [InlineData("{article_id}", "article", true, "WithArticle_")] // WithArticle_GetResponse, medium
    [InlineData("{id}", "pets", true, "Pets")]
    [InlineData("providers.json", "", false, "Providers")] // ProvidersGetResponse, apis-guru
    [InlineData("team.accessLogs", "", false, "AccessLogs")] // AccessLogs4XXError, slack
    [InlineData("inventory", "store", false, "Inventory")] // InventoryGetResponse, swagger2-petstore
    [InlineData("{id}:cancel", "orders", false, "WithIdCancel")]
    [InlineData("", null, false, "")] // GetResponse at the root, medium
    public void TheInlineTypesOfASegmentShouldStartAsKiotasDo(string segment, string? parent, bool isItem, string expected)
    {
        Assert.Equal(expected, SegmentNames.TypeBase(segment, parent, isItem));
    }

    [Theory]
    [InlineData("Pet", "Pet")] // Pet404Error, Specs/builders.yaml checked with the Kiota CLI
    [InlineData("microsoft.graph.user", "User")]
    [InlineData(null, null)]
    public void AnErrorShouldBeNamedAfterTheSuccessBodysComponent(string? referenceId, string? expected)
    {
        Assert.Equal(expected, SegmentNames.ReferenceBase(referenceId));
    }

    [Theory]
    [InlineData("{file_id}#add_shared_link", "WithFile_idAdd_shared_link")] // box
    [InlineData("{id}:cancel", "WithIdCancel")]
    [InlineData("{name}.{ext}", "WithNameWithExt")]
    [InlineData("{base}...{head}", "WithBaseWithHead")] // github
    public void ASegmentMixingTextAndParametersShouldBeTheMethodKiotaWrites(string segment, string expected)
    {
        Assert.Equal(expected, SegmentNames.NavigationMethod(segment));
    }

    [Theory]
    [InlineData("file_id", "file_id")] // box: WithFile_idAdd_shared_link(string file_id)
    [InlineData("base", "base")] // github: WithBaseWithHead(string base, string head), written @base
    [InlineData("user-id", "userId")]
    [InlineData("2fa", null)]
    public void AMethodArgumentShouldBeNamedAsKiotaNamesIt(string name, string? expected)
    {
        Assert.Equal(expected, SegmentNames.ParameterName(name));
    }

    [Theory]
    [InlineData("sort_by", "sort_by")]
    [InlineData("per-page", "perPage")]
    [InlineData("2fa", "Twofa")]
    [InlineData("-1", "minus_1")]
    [InlineData("a b.c", "aBC")]
    public void CleanShouldDropSymbolsAndKeepUnderscores(string raw, string expected)
    {
        Assert.Equal(expected, Names.CleanKiotaSymbols(raw));
    }

    [Fact]
    public void ANameThatIsNoIdentifierShouldGiveWayToTheFallback()
    {
        Assert.Null(SegmentNames.ItemRequestBuilder("{€}", "prices"));
    }
}
