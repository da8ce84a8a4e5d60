using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Widgets.Client;

// Calls the client WidgetsLib generated from its own spec, against the base URL given as argument.
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = args[0] };
var client = new WidgetsClient(adapter);
var widget = await client.Widgets["w-1"].GetAsync(c => c.QueryParameters.Verbose = true);
Console.WriteLine("widget: " + widget!.Name);

// The library's second spec has no settings: its client is in the library's root namespace, named ApiClient.
var gadgets = new WidgetsLib.ApiClient(adapter).Gadgets.ToGetRequestInformation();
Console.WriteLine("gadgets: " + typeof(WidgetsLib.ApiClient).FullName + " " + gadgets.UrlTemplate);
