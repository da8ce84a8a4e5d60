using System.Globalization;
using System.Text;

namespace Prevu3d.Benchmarks.Generator;

/// <summary>
/// An OpenAPI 3.0 document with N operations whose every part grows linearly with N: N/10 path groups, one
/// schema per 10 operations (6 properties: string, integer, uuid, date-time, string array, a reference),
/// each operation with a path and a query parameter, a JSON response and an error response; every fourth a
/// POST with a JSON body. Deterministic, so all generators see the same text.
/// </summary>
internal static class SyntheticSpec
{
    public static string Create(int operations)
    {
        var schemas = System.Math.Max(1, operations / 10);
        var yaml = new StringBuilder(operations * 700);
        yaml.Append("""
            openapi: 3.0.3
            info:
              title: Synthetic
              version: "1.0"
            servers:
              - url: https://api.example.com
            paths:

            """);
        for (var i = 0; i < operations; i += 2)
        {
            // Two operations per path item: a GET, and a PUT or (every fourth operation) a POST with a body.
            var group = i / 10;
            var model = (i / 2) % schemas;
            var method = (i / 2) % 2 == 0 ? "post" : "put";
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                  /v1/group{{group}}/items{{i}}/{itemId}:
                    parameters:
                      - name: itemId
                        in: path
                        required: true
                        schema:
                          type: string
                          format: uuid
                    get:
                      operationId: getItem{{i}}
                      parameters:
                        - name: limit
                          in: query
                          schema:
                            type: integer
                            format: int32
                      responses:
                        "200":
                          description: OK
                          content:
                            application/json:
                              schema:
                                $ref: "#/components/schemas/Model{{model}}"
                        "404":
                          description: Not found
                          content:
                            application/json:
                              schema:
                                $ref: "#/components/schemas/Problem"

                """);
            if (i + 1 < operations)
            {
                yaml.Append(CultureInfo.InvariantCulture, $$"""
                        {{method}}:
                          operationId: {{method}}Item{{i + 1}}
                          requestBody:
                            required: true
                            content:
                              application/json:
                                schema:
                                  $ref: "#/components/schemas/Model{{model}}"
                          responses:
                            "200":
                              description: OK
                              content:
                                application/json:
                                  schema:
                                    $ref: "#/components/schemas/Model{{model}}"

                    """);
            }
        }

        yaml.Append("""
            components:
              schemas:
                Problem:
                  type: object
                  properties:
                    message:
                      type: string
                    code:
                      type: integer
                      format: int32

            """);
        for (var m = 0; m < schemas; m++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                    Model{{m}}:
                      type: object
                      properties:
                        name:
                          type: string
                        count:
                          type: integer
                          format: int64
                        id:
                          type: string
                          format: uuid
                        createdAt:
                          type: string
                          format: date-time
                        tags:
                          type: array
                          items:
                            type: string
                        next:
                          $ref: "#/components/schemas/Model{{(m + 1) % schemas}}"

                """);
        }

        return yaml.ToString();
    }
}
