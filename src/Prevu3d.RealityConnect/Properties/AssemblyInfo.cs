using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Prevu3d.RealityConnect.Tests")]
[assembly: InternalsVisibleTo("Prevu3d.RealityConnect.IntegrationTests")]
