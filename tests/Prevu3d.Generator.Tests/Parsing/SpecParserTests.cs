using System.Linq;
using System.Threading;
using Prevu3d.Generator.Model;
using Prevu3d.Generator.Parsing;

namespace Prevu3d.Generator.Tests.Parsing;

public sealed class SpecParserTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Holder'}
          /b:
            get:
              responses:
                '204': {description: none}
                '404':
                  description: missing
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Problem'}
                '500':
                  description: broken
                  content:
                    application/json:
                      schema: {type: object, properties: {message: {type: string}}}
        components:
          schemas:
            Holder: {type: object, properties: {problem: {$ref: '#/components/schemas/Problem'}}}
            Problem: {type: object, properties: {message: {type: string}}}
            Unused: {type: object, properties: {message: {type: string}}}
        """;

    [Fact]
    public void AComponentThrownByAnyOperationShouldBeAnExceptionEvenWhereItIsReadAsAProperty()
    {
        var client = SpecParser.Parse(new SpecInput("/spec.yaml", Spec, "N", "C"), CancellationToken.None).Client!;

        var models = client.Models.ToDictionary(m => m.Name);
        Assert.True(models["Problem"].IsError);
        Assert.False(models["Unused"].IsError);
        Assert.False(models["Holder"].IsError);
        // Kiota's rule for an error model: its "message" property is renamed and overrides Exception.Message.
        Assert.Equal("MessageEscaped", Assert.Single(models["Problem"].Properties).Name);
        Assert.Equal("MessageEscaped", Assert.Single(models["B500Error"].Properties).Name);
        Assert.Equal("Message", Assert.Single(models["Unused"].Properties).Name);
    }

    [Fact]
    public void ErrorTypesShouldBeTheTypesOfTheOperationsErrorMappings()
    {
        var client = SpecParser.Parse(new SpecInput("/spec.yaml", Spec, "N", "C"), CancellationToken.None).Client!;

        var errorTypes = ResponseReader.ErrorTypes(client.Builders);

        Assert.Equal(new[] { "global::N.B.B500Error", "global::N.Models.Problem" }, errorTypes.OrderBy(t => t, System.StringComparer.Ordinal));
    }

    [Fact]
    public void AByteOrderMarkShouldNotBecomePartOfTheFirstKey()
    {
        var result = SpecParser.Parse(new SpecInput("/spec.yaml", "\uFEFF" + Spec, "N", "C"), CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Client);
    }

    [Fact]
    public void ADefaultResponseShouldBeAnErrorEvenWhenNo2xxIsDocumentedAsInKiota()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /only-default:
                get:
                  responses:
                    default:
                      description: whatever the status
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
              /with-success:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
                    default:
                      description: an error
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Problem'}
            components:
              schemas:
                Thing: {type: object, properties: {name: {type: string}}}
                Problem: {type: object, properties: {code: {type: string}}}
            """;

        var client = SpecParser.Parse(new SpecInput("/spec.yaml", spec, "N", "C"), CancellationToken.None).Client!;
        var operations = client.Builders.Where(b => b.Operations.Count > 0).ToDictionary(b => b.Path, b => Assert.Single(b.Operations));

        var onlyDefault = operations["/only-default"];
        // Kiota 1.38 reads a success body from 2xx responses only: the body is a stream, `default` the 4XX and 5XX errors.
        Assert.Equal("global::System.IO.Stream", onlyDefault.ResponseType?.TypeName);
        Assert.Equal(new[] { ("4XX", "global::N.Models.Thing"), ("5XX", "global::N.Models.Thing") }, onlyDefault.Errors.Select(e => (e.Code, e.TypeName)));

        var withSuccess = operations["/with-success"];
        Assert.Equal("global::N.Models.Thing", withSuccess.ResponseType?.TypeName);
        // As in Kiota: a `default` error answers both ranges.
        Assert.Equal(new[] { ("4XX", "global::N.Models.Problem"), ("5XX", "global::N.Models.Problem") }, withSuccess.Errors.Select(e => (e.Code, e.TypeName)));
    }

    /// <summary>
    /// A success documented as JSON without a schema (what Swagger 2.0's <c>produces</c> gives a 204) still sends
    /// <c>Accept: application/json</c>, as Kiota's request does, whether the operation returns nothing or a stream.
    /// </summary>
    [Fact]
    public void ASchemalessJsonSuccessShouldStillAskForJson()
    {
        const string spec = """
            swagger: '2.0'
            info: {title: T, version: '1'}
            produces: [application/json]
            paths:
              /pets/{id}:
                delete:
                  parameters: [{name: id, in: path, required: true, type: integer}]
                  responses:
                    '204': {description: deleted}
                    default: {description: an error, schema: {$ref: '#/definitions/Problem'}}
              /ping:
                get:
                  responses:
                    '200': {description: an answer without a schema}
            definitions:
              Problem: {type: object, properties: {code: {type: string}}}
            """;

        var client = SpecParser.Parse(new SpecInput("/spec.yaml", spec, "N", "C"), CancellationToken.None).Client!;
        var operations = client.Builders.Where(b => b.Operations.Count > 0).ToDictionary(b => b.Path, b => Assert.Single(b.Operations));

        Assert.Null(operations["/pets/{id}"].ResponseType);
        Assert.Equal("application/json", operations["/pets/{id}"].Accept);
        Assert.Equal("application/json", operations["/ping"].Accept);
    }
}
