using System;

namespace Prevu3d.RealityConnect.Emulator.Tests.Faults;

public sealed class EmulatorFaultTests
{
    [Theory]
    [InlineData("latency:250ms", EmulatorFaultKind.Latency, 250, 0)]
    [InlineData("delay:2s", EmulatorFaultKind.Latency, 2000, 0)]
    [InlineData("429", EmulatorFaultKind.TooManyRequests, 1000, 429)]
    [InlineData("429:5s", EmulatorFaultKind.TooManyRequests, 5000, 429)]
    [InlineData("500", EmulatorFaultKind.ServerError, 0, 500)]
    [InlineData("504", EmulatorFaultKind.ServerError, 0, 504)]
    [InlineData("drop", EmulatorFaultKind.DropConnection, 0, 0)]
    [InlineData("MALFORMED", EmulatorFaultKind.MalformedJson, 0, 200)]
    [InlineData("has-error", EmulatorFaultKind.HasError, 0, 200)]
    [InlineData("lifetime:0s", EmulatorFaultKind.TokenLifetime, 0, 0)]
    [InlineData("lifetime:1m", EmulatorFaultKind.TokenLifetime, 60_000, 0)]
    [InlineData("redirect:https://evil.example.com/x", EmulatorFaultKind.Redirect, 0, 307)]
    [InlineData("html", EmulatorFaultKind.GatewayPage, 0, 502)]
    [InlineData("html:401", EmulatorFaultKind.GatewayPage, 0, 401)]
    [InlineData("text:503", EmulatorFaultKind.GatewayPage, 0, 503)]
    public void ParseShouldReadTheCommandLineForm(string text, EmulatorFaultKind kind, int milliseconds, int status)
    {
        var fault = EmulatorFault.Parse(text);

        Assert.Equal(kind, fault.Kind);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), fault.Duration);
        Assert.Equal(status, fault.StatusCode);
        var again = EmulatorFault.Parse(fault.ToString());
        Assert.Equal((fault.Kind, fault.Duration, fault.StatusCode, fault.Message), (again.Kind, again.Duration, again.StatusCode, again.Message));
    }

    [Fact]
    public void NodeFaultsShouldReadTheirIdsAndWriteThemBack()
    {
        var first = Guid.Parse("3f2b1c0e-9d47-4c1e-9a8d-5e0d7a3c2b6f");
        var second = Guid.Parse("0e35db64-eee1-4dc3-8f0a-5b0c7e0a3f5e");

        var forbid = EmulatorFault.Parse($"forbid:{first}, {second}");
        var hide = EmulatorFault.Parse($"hide:{second}");

        Assert.Equal((EmulatorFaultKind.Forbidden, 403), (forbid.Kind, forbid.StatusCode));
        Assert.Equal([first, second], forbid.NodeIds);
        Assert.Equal((EmulatorFaultKind.NotFound, 404), (hide.Kind, hide.StatusCode));
        Assert.Equal([second], hide.NodeIds);
        Assert.Equal(forbid.NodeIds, EmulatorFault.Parse(forbid.ToString()).NodeIds);
        Assert.Equal($"hide:{second}", hide.ToString());
        Assert.True(forbid.IsTerminal);
    }

    [Fact]
    public void NodeFaultsShouldMatchOnlyTheirNodes()
    {
        var mine = Guid.NewGuid();
        var fault = EmulatorFault.Forbidden(mine);

        Assert.True(fault.Matches(mine));
        Assert.False(fault.Matches(Guid.NewGuid()));
        Assert.False(fault.Matches(null));
        Assert.True(EmulatorFault.ServerError().Matches(null));
        Assert.True(fault.AppliesTo(EmulatorRoute.Browse));
        Assert.False(fault.AppliesTo(EmulatorRoute.Token));
        Assert.False(EmulatorFault.NotFound(mine).AppliesTo(EmulatorRoute.ApiInfo));
    }

    [Fact]
    public void NodeFaultsShouldNeedAtLeastOneNode()
    {
        Assert.Throws<ArgumentException>(() => EmulatorFault.Forbidden());
        Assert.Throws<ArgumentException>(() => EmulatorFault.NotFound(Array.Empty<Guid>()));
        Assert.Throws<ArgumentNullException>(() => EmulatorFault.Forbidden((Guid[])null!));
    }

    [Fact]
    public void HasErrorShouldKeepItsMessage()
    {
        Assert.Equal("Client disabled: contact admin", EmulatorFault.Parse("has-error:Client disabled: contact admin").Message);
        Assert.Equal(EmulatorFault.DefaultHasErrorMessage, EmulatorFault.HasError().Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("404")]
    [InlineData("drop:1s")]
    [InlineData("latency:soon")]
    [InlineData("latency:0s")]
    [InlineData("429:-1s")]
    [InlineData("html:200")]
    [InlineData("text:600")]
    [InlineData("html:bad")]
    [InlineData("text:-502")]
    [InlineData("html:99999999999")]
    [InlineData("forbid")]
    [InlineData("forbid:")]
    [InlineData("hide:not-a-uuid")]
    [InlineData("hide:, ,")]
    public void ParseShouldRejectWhatIsNoFault(string text) =>
        Assert.Throws<FormatException>(() => EmulatorFault.Parse(text));

    [Fact]
    public void FactoriesShouldRejectOutOfRangeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.ServerError(501));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Latency(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.GatewayPage(302));
        Assert.Throws<ArgumentException>(() => EmulatorFault.GatewayPage(502, "application/json"));
    }

    [Fact]
    public void OnlyAnsweringFaultsShouldBeTerminal()
    {
        Assert.False(EmulatorFault.Latency(TimeSpan.FromSeconds(1)).IsTerminal);
        Assert.False(EmulatorFault.TokenLifetime(TimeSpan.FromSeconds(1)).IsTerminal);
        Assert.True(EmulatorFault.DropConnection().IsTerminal);
        Assert.True(EmulatorFault.HasError().IsTerminal);
        Assert.True(EmulatorFault.GatewayPage().IsTerminal);
    }
}
