using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Prevu3d.Generator.Tests.Infrastructure;

/// <summary>Walks a cached pipeline value and reports any Roslyn object it holds.</summary>
internal static class RoslynObjectWalker
{
    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(AdditionalText),
        typeof(SourceText), typeof(SemanticModel), typeof(Location),
    };

    /// <summary>The paths of every forbidden object reachable from <paramref name="value"/>.</summary>
    public static IReadOnlyList<string> FindRoslynObjects(object? value, string path)
    {
        var found = new List<string>();
        Walk(value, path, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            found.Add(path + " : " + type.FullName);
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, path + "[" + index++ + "]", found, seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, found, seen);
        }
    }
}
