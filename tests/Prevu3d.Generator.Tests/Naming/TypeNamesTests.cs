using Prevu3d.Generator.Naming;

namespace Prevu3d.Generator.Tests.Naming;

public sealed class TypeNamesTests
{
    [Theory]
    [InlineData("Order", "status", "Kiota", "Order_status")]
    [InlineData("TasksGetResponse_tasks", "artifacts", "Kiota", "TasksGetResponse_tasks_artifacts")]
    [InlineData("Project", "feature_flags", "Kiota", "Project_feature_flags")]
    [InlineData("Doc", "by-line", "Kiota", "Doc_byLine")]
    [InlineData("Body", "event", "Kiota", "Body_event")]
    [InlineData("DependentFlag", "_links", "Kiota", "DependentFlag_links")]
    [InlineData("Order", "status", "Pascal", "OrderStatus")]
    [InlineData("Project", "feature_flags", "Pascal", "ProjectFeatureFlags")]
    [InlineData("Order", "_links", "Pascal", "OrderLinks")]
    public void InlinePropertyTypeShouldJoinTheModelAndPropertyNamesInTheStyle(string model, string property, string style, string expected)
    {
        Assert.Equal(expected, TypeNames.InlineProperty(model, property, System.Enum.Parse<NamingStyle>(style)));
    }

    [Theory]
    [InlineData("order_by", "Kiota", "GetOrder_byQueryParameterType")]
    [InlineData("order_by", "Pascal", "GetOrderByQueryParameterType")]
    public void QueryParameterTypeShouldSpellTheParameterInTheStyle(string parameter, string style, string expected)
    {
        Assert.Equal(expected, TypeNames.QueryParameterType("Get", parameter, System.Enum.Parse<NamingStyle>(style)));
    }

    [Fact]
    public void InlinePropertyTypeOfAPropertyKiotaCannotSpellShouldUseThePascalRule()
    {
        Assert.Equal("MoodValue", TypeNames.InlineProperty("Mood", "\U0001F600", NamingStyle.Kiota));
    }
}
