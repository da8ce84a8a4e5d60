using System;

namespace Prevu3d.Generator.Templates;

/// <summary>
/// Stands for <see cref="System.CodeDom.Compiler.GeneratedCodeAttribute"/> in the generator's templates while this
/// project compiles them: the real attribute would exempt them from the analyzers. The generator emits the real one.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
internal sealed class GeneratedCodeAttribute(string tool, string version) : Attribute
{
    public string Tool { get; } = tool;

    public string Version { get; } = version;
}
