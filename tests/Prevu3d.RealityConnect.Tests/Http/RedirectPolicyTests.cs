using System;
using System.Net;
using System.Net.Http;
using Microsoft.Kiota.Abstractions;
using Prevu3d.RealityConnect.Hosts;
using Prevu3d.RealityConnect.Http;

namespace Prevu3d.RealityConnect.Tests.Http;

public sealed class RedirectPolicyTests
{
    private static readonly AllowedHostList Allowed = AllowedHostList.Create(["*.prevu3d.com"], new Uri("https://cloud-api.prevu3d.com"));

    [Theory]
    [InlineData("https://api-ue1.prevu3d.com/realityconnect-api/v1/moved")]
    [InlineData("https://api-ec1.prevu3d.com/realityconnect-api/v1/moved")]
    [InlineData("/realityconnect-api/v1/moved")]
    public void PolicyShouldFollowARedirectToAnAllowedHttpsHost(string location)
        => Assert.True(RedirectPolicy.IsAllowed(Redirect(location), Allowed));

    [Theory]
    [InlineData("https://cdn.example.net/moved")]
    [InlineData("http://api-ec1.prevu3d.com/moved")]
    [InlineData("https://prevu3d.com.evil.example/moved")]
    [InlineData(null)]
    public void PolicyShouldNotFollowARedirectElsewhereOrWithoutLocation(string? location)
        => Assert.False(RedirectPolicy.IsAllowed(Redirect(location), Allowed));

    [Fact]
    public void OptionShouldEndARefusedRedirectWithItsStatus()
    {
        var option = RedirectPolicy.Create(Allowed);

        var error = Assert.Throws<ApiException>(() => option.ShouldRedirect(Redirect("https://cdn.example.net/moved")));

        Assert.Equal(307, error.ResponseStatusCode);
        Assert.Contains("cdn.example.net", error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Redirect(string? location)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TemporaryRedirect)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api-ue1.prevu3d.com/realityconnect-api/v1/nodes/x/browse"),
        };
        if (location is not null)
        {
            response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        }

        return response;
    }
}
