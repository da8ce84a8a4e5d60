using System;

namespace Prevu3d.RealityConnect.Emulator.Faults;

/// <summary>A request feature set by a <see cref="EmulatorFaultKind.TokenLifetime"/> fault: the lifetime of the token this request gets.</summary>
internal sealed record TokenLifetimeFeature(TimeSpan Lifetime);
