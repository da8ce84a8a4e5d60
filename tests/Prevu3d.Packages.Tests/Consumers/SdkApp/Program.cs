using Prevu3d.RealityConnect;

// The README's workflow, with the credentials and authority from PREVU3D_* variables.
var environment = RealityConnectClientOptions.FromEnvironment();
using var client = new RealityConnectClient(new RealityConnectClientOptions
{
    ClientId = environment.ClientId, ClientSecret = environment.ClientSecret, AuthorityUrl = environment.AuthorityUrl,
});
var info = await client.Oauth.ApiInfo.GetAsync();
var divisions = await client.V1.Nodes[info!.Organization!.Id!.Value].Browse.GetAsync();

Console.WriteLine("organization: " + info.Organization.Name);
foreach (var division in divisions!)
{
    Console.WriteLine("division: " + division.Name);
}
