using Prevu3d.RealityConnect.Emulator.CommandLine;

// Standalone emulator: `dotnet run --project src/Prevu3d.RealityConnect.Emulator -- --nodes 5000`.
// Everything else lives in the library part so the CLI and tests can embed it.
return await EmulatorCommand.RunAsync(args);
