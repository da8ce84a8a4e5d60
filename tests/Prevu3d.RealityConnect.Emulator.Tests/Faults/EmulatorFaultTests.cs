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
