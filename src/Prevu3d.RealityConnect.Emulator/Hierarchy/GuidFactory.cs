using System;

namespace Prevu3d.RealityConnect.Emulator.Hierarchy;

/// <summary>Version-4-shaped UUIDs from given bytes, so seeded ids look like the real service's.</summary>
internal static class GuidFactory
{
    public static Guid Next(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return FromBytes(bytes);
    }

    public static Guid FromBytes(ReadOnlySpan<byte> source)
    {
        Span<byte> bytes = stackalloc byte[16];
        source[..16].CopyTo(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
