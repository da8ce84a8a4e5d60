using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Prevu3d.RealityConnect.Pipeline;

namespace Prevu3d.RealityConnect.Tests.Pipeline;

public sealed class HeadersReadHttpClientTests
{
    [Fact]
    public async Task SendShouldReturnTheAnswerBeforeItsBodyIsRead()
    {
        var body = new CountingStream(new byte[64 * 1024]);
        using var inner = new HttpClient(new AnswerWith(body), disposeHandler: true);
        using var client = new HeadersReadHttpClient(inner);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/v1/nodes");

        using var response = await client.SendAsync(request, CancellationToken.None);

        // HttpClient's default would have copied the whole body into a buffer of its own by now.
        Assert.Equal(0, body.BytesRead);
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
        Assert.Equal(64 * 1024, body.BytesRead);
    }

    [Fact]
    public async Task DisposingShouldLeaveTheWrappedClientUsable()
    {
        using var inner = new HttpClient(new AnswerWith(new CountingStream([1, 2, 3])), disposeHandler: true);
        new HeadersReadHttpClient(inner).Dispose();

        using var response = await inner.GetAsync(new Uri("http://127.0.0.1/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class AnswerWith(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StreamContent(body) });
    }

    /// <summary>A read-only body that counts what is read of it.</summary>
    private sealed class CountingStream(byte[] bytes) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = (int)Math.Min(buffer.Length, bytes.Length - BytesRead);
            bytes.AsSpan((int)BytesRead, read).CopyTo(buffer);
            BytesRead += read;
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
