using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Prevu3d.Generator.Helpers;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Tests.Infrastructure;

namespace Prevu3d.Generator.Tests.Model;

/// <summary>The model is what the pipeline caches: it must compare by value and hold nothing else.</summary>
public sealed class ModelCachingTests
{
    [Fact]
    public void EveryModelFieldShouldBeAValueTheCacheCanCompare()
    {
        var modelTypes = typeof(ClientModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ClientModel).Namespace && !t.IsEnum && !IsCompilerGenerated(t))
            .ToList();
        Assert.Contains(typeof(ComposedTypeModel), modelTypes);
        Assert.Contains(typeof(DiscriminatorModel), modelTypes);

        var bad = new List<string>();
        foreach (var type in modelTypes)
        {
            // Records compare by value through their generated Equals; a class would compare by reference.
            if (type.GetMethod("<Clone>$") is null)
            {
                bad.Add(type.Name + " is not a record");
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!IsCacheable(field.FieldType))
                {
                    bad.Add(type.Name + "." + field.Name + " : " + field.FieldType);
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    [Fact]
    public void InheritanceAndUnionsShouldCompareByValue()
    {
        var first = Client(mappingType: "global::N.Models.Cat");
        var second = Client(mappingType: "global::N.Models.Cat");
        var other = Client(mappingType: "global::N.Models.Dog");

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.Empty(RoslynObjectWalker.FindRoslynObjects(first, "client"));
    }

    [Fact]
    public void NewMembersShouldDefaultToWhatTheParserBuildsToday()
    {
        var model = new ModelClass("N.Models", "Pet", null, false, EquatableArray<PropertyModel>.Empty);
        var client = new ClientModel("/s.yaml", "N", "C", null, null, null, EquatableArray<ServerVariableModel>.Empty, EquatableArray<BuilderModel>.Empty, EquatableArray<ModelClass>.Empty, EquatableArray<EnumModel>.Empty);

        Assert.Null(model.BaseTypeName);
        Assert.Null(model.Discriminator);
        Assert.True(client.ComposedTypes.IsEmpty);
        Assert.Equal(client, client with { ComposedTypes = EquatableArray<ComposedTypeModel>.Empty });
        Assert.NotEqual(model, model with { BaseTypeName = "global::N.Models.Animal" });
    }

    private static ClientModel Client(string mappingType)
    {
        // Every array built afresh: equality must come from the values, not shared instances.
        var discriminator = new DiscriminatorModel("petType", new[] { new DiscriminatorMappingModel("cat", mappingType) }.ToEquatableArray());
        var name = new PropertyModel("name", "Name", new TypeRef(ValueKind.String, "string", false), null, false);
        var pet = new ModelClass("N.Models", "Pet", null, false, new[] { name }.ToEquatableArray()) { Discriminator = discriminator };
        var cat = new ModelClass("N.Models", "Cat", null, false, EquatableArray<PropertyModel>.Empty) { BaseTypeName = "global::N.Models.Pet" };
        var composed = new ComposedTypeModel(
            "N.Models",
            "PetOrName",
            null,
            ComposedTypeKind.OneOf,
            new[]
            {
                new ComposedAlternativeModel("Pet", new TypeRef(ValueKind.Object, "global::N.Models.Pet", false)),
                new ComposedAlternativeModel("String", new TypeRef(ValueKind.String, "string", false)),
            }.ToEquatableArray(),
            discriminator);
        return new ClientModel(
            "/s.yaml",
            "N",
            "C",
            null,
            null,
            null,
            EquatableArray<ServerVariableModel>.Empty,
            EquatableArray<BuilderModel>.Empty,
            new[] { pet, cat }.ToEquatableArray(),
            EquatableArray<EnumModel>.Empty)
        {
            ComposedTypes = new[] { composed }.ToEquatableArray(),
        };
    }

    private static bool IsCompilerGenerated(Type type) => type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null;

    private static bool IsCacheable(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsCacheable(underlying);
        }

        if (type == typeof(string) || type.IsPrimitive || type.IsEnum)
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            return IsCacheable(type.GetGenericArguments()[0]);
        }

        // Another model record: checked on its own by the walk over the namespace.
        return type.Namespace == typeof(ClientModel).Namespace;
    }
}
