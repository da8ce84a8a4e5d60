using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Prevu3d.RealityConnect.Tests.TestSupport;

/// <summary>Drives a <see cref="FakeTimeProvider"/> until a task that waits on it completes.</summary>
internal static class FakeClock
{
    /// <summary>Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="task"/> ends (at most <paramref name="maxSteps"/> steps).</summary>
    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, int maxSteps = 10_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            // Lets the continuation of the previous step register its next timer before the clock moves again.
            await Task.WhenAny(task, Task.Delay(2));
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        return await task;
    }

    /// <summary>As <see cref="RunAsync{T}"/> for a task without result.</summary>
    public static async Task RunAsync(this FakeTimeProvider time, Task task, TimeSpan step, int maxSteps = 10_000)
        => await time.RunAsync(Wrap(task), step, maxSteps);

    private static async Task<bool> Wrap(Task task)
    {
        await task;
        return true;
    }
}
