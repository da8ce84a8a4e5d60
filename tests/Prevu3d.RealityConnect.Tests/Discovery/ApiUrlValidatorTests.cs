using System;
using Prevu3d.RealityConnect.Configuration;
using Prevu3d.RealityConnect.Discovery;

namespace Prevu3d.RealityConnect.Tests.Discovery;

public sealed class ApiUrlValidatorTests
{
    private static readonly ConnectionSettings Settings = ConnectionSettings.From(new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret" });

    [Theory]
    [InlineData("https://api-ue1.prevu3d.com/realityconnect-api", "https://api-ue1.prevu3d.com/realityconnect-api")]
    [InlineData("https://api-ue1.prevu3d.com/realityconnect-api/", "https://api-ue1.prevu3d.com/realityconnect-api")]
    [InlineData("https://cloud-api.prevu3d.com", "https://cloud-api.prevu3d.com")]
    public void ValidatorShouldAcceptAnHttpsUrlOnAnAllowedHost(string apiUrl, string expected)
    {
        Assert.True(ApiUrlValidator.TryValidate(apiUrl, Settings, out var baseUrl, out _));
        Assert.Equal(expected, baseUrl);
    }

    [Theory]
    [InlineData(null, "no apiUrl")]
    [InlineData("", "empty")]
    [InlineData("/realityconnect-api", "not an absolute")]
    [InlineData("http://api-ue1.prevu3d.com/realityconnect-api", "does not use https")]
    [InlineData("https://api.evil.example.com/realityconnect-api", "not in AllowedHosts")]
    [InlineData("https://user:pw@api-ue1.prevu3d.com/", "user info")]
    public void ValidatorShouldRefuseAnUnsafeApiUrl(string? apiUrl, string expected)
    {
        Assert.False(ApiUrlValidator.TryValidate(apiUrl, Settings, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidatorShouldAcceptPlainHttpOnlyForLoopback()
    {
        var local = ConnectionSettings.From(new RealityConnectClientOptions { ClientId = "id", ClientSecret = "secret", AuthorityUrl = "http://127.0.0.1:5000" });

        Assert.True(ApiUrlValidator.TryValidate("http://127.0.0.1:5001/realityconnect-api", local, out _, out _));
        Assert.False(ApiUrlValidator.TryValidate("http://10.0.0.1:5001/realityconnect-api", local, out _, out _));
    }
}
