using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Tests.Naming;

public sealed class NamesTests
{
    [Theory]
    [InlineData("api-info", "ApiInfo")]
    [InlineData("grant_type", "GrantType")]
    [InlineData("v1", "V1")]
    [InlineData("accessToken", "AccessToken")]
    [InlineData("$top", "Top")]
    [InlineData("2d", "_2d")]
    [InlineData("fancy-one", "FancyOne")]
    [InlineData("---", "Value")]
    [InlineData("X-Request-Id", "XRequestId")]
    public void PascalCaseShouldSplitOnEveryNonAlphanumeric(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToPascalCase(raw));
    }

    [Theory]
    [InlineData("not_run", "Not_run")]
    [InlineData("ARTIFICIAL_PLANET", "ARTIFICIAL_PLANET")]
    [InlineData("related_tags", "Related_tags")]
    [InlineData("api-info", "ApiInfo")]
    [InlineData("articlesearch.json", "ArticlesearchJson")]
    [InlineData("a  b", "AB")]
    [InlineData("$top", "Top")]
    [InlineData("_links", "_links")]
    [InlineData("2d", "Twod")]
    [InlineData("10x", "OneZerox")]
    [InlineData("-1", "Minus_1")]
    [InlineData("+1", "Plus_1")]
    [InlineData("GMT-0", "GMT0")]
    public void KiotaStyleShouldKeepUnderscoresDropPunctuationAndSpellALeadingNumber(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToSpecTypeName(raw, NamingStyle.Kiota));
    }

    [Theory]
    [InlineData("not_run", "NotRun")]
    [InlineData("related_tags", "RelatedTags")]
    [InlineData("2d", "_2d")]
    public void PascalStyleShouldBeThePascalCase(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToSpecTypeName(raw, NamingStyle.Pascal));
    }

    [Theory]
    [InlineData("\U0001F600")]
    [InlineData("* *")]
    public void KiotaStyleShouldFallBackToThePascalRuleWhereKiotasSpellingIsNoIdentifier(string raw)
    {
        Assert.Null(Names.ToKiotaIdentifier(raw));
        Assert.Equal(Names.ToPascalCase(raw), Names.ToSpecTypeName(raw, NamingStyle.Kiota));
    }

    [Theory]
    [InlineData("/", "Slash")]
    [InlineData("***", "AsteriskAsteriskAsterisk")]
    [InlineData("/.", "SlashPeriod")]
    public void KiotaStyleShouldSpellANameOfSymbolsOnlyAsKiotaDoes(string raw, string expected)
    {
        // Kiota's clean-up leaves nothing of these, so it replaces each symbol with its word (github's enum value `/` is `Slash`).
        Assert.Equal(expected, Names.ToSpecTypeName(raw, NamingStyle.Kiota));
    }

    [Theory]
    [InlineData("+1", "Plus1")]
    [InlineData("-1", "Minus1")]
    [InlineData("a+b", "APlusB")]
    [InlineData("grant_type", "GrantType")]
    [InlineData("1", "One")]
    [InlineData(".1x", "Onex")]
    [InlineData("@odata.type", "OdataType")]
    [InlineData("-", "Minus")]
    [InlineData("additionalData", "AdditionalDataProperty")]
    [InlineData("additional_data", "AdditionalDataProperty")]
    [InlineData("serialize", "SerializeProperty")]
    [InlineData("backingStore", "BackingStoreProperty")]
    public void KiotaPropertyNameShouldCleanSymbolsThenJoinTheUnderscoredParts(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToKiotaPropertyName(raw));
    }

    [Theory]
    [InlineData("_")]
    [InlineData("a\u00B7b")]
    public void KiotaPropertyNameShouldBeNullWhereKiotasSpellingIsNoIdentifier(string raw)
    {
        Assert.Null(Names.ToKiotaPropertyName(System.Text.RegularExpressions.Regex.Unescape(raw)));
    }

    [Theory]
    [InlineData("kiota", true, "Kiota")]
    [InlineData("Pascal", true, "Pascal")]
    [InlineData("camel", false, "Kiota")]
    public void NamingStyleShouldParseWithoutCase(string value, bool valid, string expected)
    {
        Assert.Equal(valid, Names.TryParseStyle(value, out var style));
        Assert.Equal(expected, style.ToString());
    }

    [Theory]
    [InlineData("Task", true)]
    [InlineData("math", true)]
    [InlineData("Maths", false)]
    public void SystemTypeNamesShouldBeMatchedWithoutCase(string name, bool expected)
    {
        Assert.Equal(expected, Names.IsSystemTypeName(name));
    }

    [Theory]
    [InlineData("access_token", "Access_token")]
    [InlineData("foo-bar", "Foo_bar")]
    [InlineData("_links", "Links")]
    public void UnderscoredNameShouldKeepSeparatorsAsUnderscores(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToUnderscoredName(raw));
    }

    [Theory]
    [InlineData("+1", "Plus1")]
    [InlineData("-1", "Minus1")]
    [InlineData("GMT-0", "GMTMinus0")]
    [InlineData("foo.bar", "FooDotBar")]
    [InlineData("a_b c", "ABC")]
    [InlineData("class", "Class")]
    [InlineData("\u00A7", "UA7")]
    public void SpelledNameShouldSpellSymbolsAsWords(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToSpelledName(raw));
    }

    [Theory]
    [InlineData("", "Empty")]
    [InlineData("-", "Value_2D")]
    [InlineData("--", "Value_2D_2D")]
    [InlineData("___", "Value_5F_5F_5F")]
    [InlineData("\U0001F600", "Value_1F600")]
    public void UnderscoredNameOfSymbolsOnlyShouldSpellThemSoTheyStayApart(string raw, string expected)
    {
        Assert.Equal(expected, Names.ToUnderscoredName(raw));
    }

    [Theory]
    [InlineData("accessToken", true)]
    [InlineData("access_token", false)]
    [InlineData("", false)]
    public void OnlyANonEmptyNameWithoutSeparatorsShouldClaimTheCleanNameFirst(string raw, bool expected)
    {
        Assert.Equal(expected, Names.HasNoSeparators(raw));
    }

    [Theory]
    [InlineData("nodeId", "Node")]
    [InlineData("user-id", "User")]
    [InlineData("id", "Id")]
    [InlineData("kind", "Kind")]
    public void ItemNameShouldDropATrailingId(string parameter, string expected)
    {
        Assert.Equal(expected, Names.ItemName(parameter));
    }

    [Theory]
    [InlineData("nodeId", "nodeId")]
    [InlineData("$top", "%24top")]
    [InlineData("api-version", "api%2Dversion")]
    [InlineData("é", "%C3%A9")]
    public void TemplateVariableShouldPercentEncodeWhatRfc6570Forbids(string name, string expected)
    {
        Assert.Equal(expected, Names.ToTemplateVariable(name));
    }

    [Theory]
    [InlineData("Prevu3d.RealityConnect", true)]
    [InlineData("A", true)]
    [InlineData("My.1Bad", false)]
    [InlineData("My..Bad", false)]
    [InlineData("My.class", false)]
    [InlineData("", false)]
    public void NamespaceValidationShouldFollowCSharpRules(string name, bool valid)
    {
        Assert.Equal(valid, Names.IsValidNamespace(name));
    }

    [Fact]
    public void NameScopeShouldHandOutTheFirstFreeCandidate()
    {
        var scope = new NameScope("Reserved");

        Assert.Equal("Name", scope.Reserve("a", "Name", "Name_"));
        Assert.Equal("Name_", scope.Reserve("b", "Name", "Name_"));
        Assert.Null(scope.Reserve("c", "Name", "Name_"));
        Assert.Null(scope.Reserve("d", "Reserved"));
        Assert.Equal("a", scope.OwnerOf("Name"));
        Assert.Equal("Name2", scope.ReserveWithSuffix("Name", "e"));
    }
}
