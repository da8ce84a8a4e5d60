using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Prevu3d.RealityConnect.Tests")]
[assembly: InternalsVisibleTo("Prevu3d.RealityConnect.IntegrationTests")]

// The one JWT reader (Authentication/JwtReader.cs) serves the emulator's tests and the CLI too.
[assembly: InternalsVisibleTo("Prevu3d.RealityConnect.Emulator.Tests")]
[assembly: InternalsVisibleTo("prevu3d")]
