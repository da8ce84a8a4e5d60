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
    public void ParseShouldRejectWhatIsNoFault(string text) =>
        Assert.Throws<FormatException>(() => EmulatorFault.Parse(text));

    [Fact]
    public void FactoriesShouldRejectOutOfRangeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.ServerError(501));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Latency(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.TooManyRequests(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void OnlyAnsweringFaultsShouldBeTerminal()
    {
        Assert.False(EmulatorFault.Latency(TimeSpan.FromSeconds(1)).IsTerminal);
        Assert.False(EmulatorFault.TokenLifetime(TimeSpan.FromSeconds(1)).IsTerminal);
        Assert.True(EmulatorFault.DropConnection().IsTerminal);
        Assert.True(EmulatorFault.HasError().IsTerminal);
    }
}
