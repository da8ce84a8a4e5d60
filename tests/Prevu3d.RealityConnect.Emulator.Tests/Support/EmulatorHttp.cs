using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Prevu3d.RealityConnect.Emulator.Tests.Support;

/// <summary>Raw HTTP calls as the guide makes them, with nothing of the SDK.</summary>
internal static class EmulatorHttp
{
    public const string Grant = "client_credentials";

    public static HttpClient NewClient() => new() { Timeout = TimeSpan.FromSeconds(30) };

    public static AuthenticationHeaderValue Basic(string clientId, string clientSecret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));

    public static HttpRequestMessage TokenRequest(RealityConnectEmulator emulator, string? clientSecret = null, string grantType = Grant) =>
        TokenRequest(emulator.AuthorityUrl, emulator.ClientId, clientSecret ?? emulator.ClientSecret, grantType);

    public static HttpRequestMessage TokenRequest(string authorityUrl, string clientId, string clientSecret, string grantType = Grant) =>
        new(HttpMethod.Post, authorityUrl + "/oauth/token")
        {
            Headers = { Authorization = Basic(clientId, clientSecret) },
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", grantType)]),
        };

    public static HttpRequestMessage Get(string url, string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return request;
    }

    public static string BrowseUrl(RealityConnectEmulator emulator, Guid nodeId) => $"{emulator.ApiUrl}/v1/nodes/{nodeId}/browse";

    public static string ApiInfoUrl(RealityConnectEmulator emulator) => emulator.AuthorityUrl + "/oauth/api-info";

    /// <summary>Obtains a token over HTTP (counted as one token request).</summary>
    public static async Task<string> GetTokenAsync(HttpClient http, RealityConnectEmulator emulator)
    {
        using var response = await http.SendAsync(TokenRequest(emulator));
        response.EnsureSuccessStatusCode();
        using var body = await ReadJsonAsync(response);
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
}
