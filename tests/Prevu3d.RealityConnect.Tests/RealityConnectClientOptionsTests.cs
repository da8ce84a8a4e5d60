using System;
using System.Collections.Generic;
using System.Threading;

namespace Prevu3d.RealityConnect.Tests;

public sealed class RealityConnectClientOptionsTests
{
    [Fact]
    public void OptionsShouldDefaultToTheProductionAuthorityAndDiscovery()
    {
        var options = new RealityConnectClientOptions();

        Assert.Equal("https://cloud-api.prevu3d.com", options.AuthorityUrl);
        Assert.Null(options.ApiUrl);
        Assert.Equal(["*.prevu3d.com"], options.AllowedHosts);
        Assert.Equal(TimeSpan.FromMinutes(5), options.TokenRefreshBeforeExpiry);
        Assert.Equal(TimeSpan.FromSeconds(100), options.RequestTimeout);
    }

    [Fact]
    public void ValidateShouldAcceptCompleteOptions()
    {
        var options = new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret" };

        options.Validate();

        Assert.Empty(options.GetValidationErrors());
    }

    [Fact]
    public void ValidateShouldReportEveryBadSettingOnItsOwnLine()
    {
        var options = new RealityConnectClientOptions
        {
            AuthorityUrl = "/oauth",
            ApiUrl = "http://api-ue1.prevu3d.com/realityconnect-api",
            AllowedHosts = ["*", "https://evil.example.com"],
            TokenRefreshBeforeExpiry = TimeSpan.FromSeconds(-1),
            RequestTimeout = TimeSpan.Zero,
        };

        var exception = Assert.Throws<ArgumentException>(options.Validate);

        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal(9, lines.Length);
        Assert.Contains(lines, l => l.Contains("ClientId is missing", StringComparison.Ordinal) && l.Contains("PREVU3D_CLIENT_ID", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ClientSecret is missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("AuthorityUrl is invalid", StringComparison.Ordinal) && l.Contains("not an absolute", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ApiUrl is invalid", StringComparison.Ordinal) && l.Contains("https", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("'*'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("evil.example.com", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("TokenRefreshBeforeExpiry", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("RequestTimeout", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:8080")]
    [InlineData("http://[::1]:8080")]
    [InlineData("https://cloud-api.prevu3d.com/")]
    public void ValidateShouldAcceptHttpsOrLoopbackAuthorities(string authority)
    {
        var options = new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret", AuthorityUrl = authority };

        Assert.Empty(options.GetValidationErrors());
    }

    [Theory]
    [InlineData("http://cloud-api.prevu3d.com", "does not use https")]
    [InlineData("cloud-api.prevu3d.com", "not an absolute")]
    [InlineData("ftp://cloud-api.prevu3d.com", "not an absolute")]
    [InlineData("https://user:pw@cloud-api.prevu3d.com", "user info")]
    [InlineData("https://cloud-api.prevu3d.com/?x=1", "query")]
    [InlineData("", "empty")]
    public void ValidateShouldRefuseUnsafeAuthorities(string authority, string expected)
    {
        var options = new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret", AuthorityUrl = authority };

        var error = Assert.Single(options.GetValidationErrors());

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateShouldAcceptInfiniteTimeout()
    {
        var options = new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret", RequestTimeout = Timeout.InfiniteTimeSpan };

        Assert.Empty(options.GetValidationErrors());
    }

    [Fact]
    public void FromEnvironmentShouldReadTheFourVariables()
    {
        var variables = new Dictionary<string, string>
        {
            ["PREVU3D_CLIENT_ID"] = "my-id",
            ["PREVU3D_CLIENT_SECRET"] = "my-secret",
            ["PREVU3D_AUTHORITY_URL"] = "http://127.0.0.1:5000",
            ["PREVU3D_API_URL"] = " https://api-ec1.prevu3d.com/realityconnect-api ",
        };

        var options = RealityConnectClientOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("my-id", options.ClientId);
        Assert.Equal("my-secret", options.ClientSecret);
        Assert.Equal("http://127.0.0.1:5000", options.AuthorityUrl);
        Assert.Equal("https://api-ec1.prevu3d.com/realityconnect-api", options.ApiUrl);
    }

    [Fact]
    public void FromEnvironmentShouldKeepDefaultsForUnsetOrBlankVariables()
    {
        var options = RealityConnectClientOptions.FromEnvironment(name => name == "PREVU3D_AUTHORITY_URL" ? "  " : null);

        Assert.Null(options.ClientId);
        Assert.Null(options.ClientSecret);
        Assert.Null(options.ApiUrl);
        Assert.Equal(RealityConnectClientOptions.DefaultAuthorityUrl, options.AuthorityUrl);
    }

    [Fact]
    public void ToStringShouldRedactTheSecret()
    {
        var options = new RealityConnectClientOptions { ClientId = "my-id", ClientSecret = "hunter2-secret" };

        var text = options.ToString();

        Assert.Contains("my-id", text, StringComparison.Ordinal);
        Assert.Contains("ClientSecret = ***", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsShouldDefaultToThreeJitteredRetriesWithinTheRequestTimeout()
    {
        var options = new RealityConnectClientOptions();

        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(800), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RetryMaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
    }

    [Fact]
    public void ValidateShouldRefuseAbsurdRetryAndTimeoutSettings()
    {
        var options = new RealityConnectClientOptions
        {
            ClientId = "id",
            ClientSecret = "secret",
            TokenRefreshBeforeExpiry = TimeSpan.MaxValue,
            AttemptTimeout = TimeSpan.FromSeconds(-3),
            MaxRetries = 11,
            RetryBaseDelay = TimeSpan.FromMinutes(2),
            RetryMaxDelay = TimeSpan.FromMinutes(1),
        };

        var exception = Assert.Throws<ArgumentException>(options.Validate);

        var lines = exception.Message.Split(Environment.NewLine);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains("TokenRefreshBeforeExpiry exceeds", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("AttemptTimeout", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("MaxRetries", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("RetryBaseDelay", StringComparison.Ordinal));
    }

    [Fact]
    public void ToStringShouldShowTheRetryAndTimeoutSettings()
    {
        var text = new RealityConnectClientOptions { MaxRetries = 2 }.ToString();

        Assert.Contains("MaxRetries = 2", text, StringComparison.Ordinal);
        Assert.Contains("AttemptTimeout = 00:00:30", text, StringComparison.Ordinal);
    }
}
