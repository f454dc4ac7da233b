namespace Dyad.Engine.Tests;

public sealed class WarmUpTests
{
    [Fact]
    public void The_sample_exercises_every_extraction_stage()
    {
        var document = DyadEngine.CreateDefault().Code(WarmUp.SampleDocument(), TestContext.Current.CancellationToken);

        Assert.Empty(document.Errors);
        Assert.True(document.Mentions.Count > 20, $"{document.Mentions.Count} mentions");
        Assert.True(document.Timexes.Count > 10, $"{document.Timexes.Count} time expressions");
        Assert.True(document.Quotes.Count >= 3, $"{document.Quotes.Count} quotes");
        Assert.True(document.Events.Count >= 5, $"{document.Events.Count} events");
    }

    [Fact]
    public void A_zero_budget_still_codes_the_sample_once()
    {
        var report = WarmUp.Run(DyadEngine.CreateDefault(), TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Iterations);
    }

    [Fact]
    public void The_warm_up_repeats_its_pass_until_the_time_is_spent()
    {
        int passes = 0;
        var report = WarmUp.Run(() => passes++, TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);

        Assert.Equal(passes, report.Iterations);
        Assert.True(passes > 1);
        Assert.True(report.Elapsed >= TimeSpan.FromMilliseconds(50));
    }
}
