using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Web.Tests;

/// <summary>
/// The analyst page in a real browser over the real server (seed + Wikinews store): each view, an actor filter, a
/// document, a hovered event. Every test saves a screenshot under <c>TestResults/screenshots</c>.
/// </summary>
public sealed class BrowserTests(DyadServer server, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Opens the page in a fresh context; <paramref name="errors"/> collects script errors and failed API calls.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> Open(List<string> errors)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync("/");
        await Expect(page.Locator("#document-list .doc-link").First).ToBeVisibleAsync();
        return (context, page);
    }

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        TestContext.Current.AddAttachment(name + ".png", bytes, "image/png");
        output.WriteLine($"screenshot: {path}");
    }

    private async Task Filter(IPage page, string field, string value)
    {
        await page.Locator($"#filters input[name='{field}']").FillAsync(value);
        await page.Locator("#filters button[type='submit']").ClickAsync();
    }

    [Fact]
    public async Task DocumentView_HoveringAnEvent_ShowsItsCodeValueAndRule()
    {
        var errors = new List<string>();
        var (context, page) = await Open(errors);
        await using var _ = context;

        // The list is newest first; the seed (2017) comes before the Wikinews years.
        await page.Locator("#filters input[name='to']").FillAsync("2018-12-31");
        await page.Locator("#filters button[type='submit']").ClickAsync();
        await page.Locator($"#document-list .doc-link[data-id='{DyadServer.SeedId}']").ClickAsync();
        var view = page.Locator("#document-view");
        await Expect(view.Locator("h2")).ToBeVisibleAsync();
        await Expect(view.Locator(".meta")).ToContainTextAsync("published 2017-07-19");
        Assert.True(await view.Locator(".doc-text .ann-mention").CountAsync() > 5, "actors are highlighted");
        Assert.True(await view.Locator(".doc-text .ann-timex").CountAsync() > 0, "time expressions are highlighted");
        Assert.True(await view.Locator(".doc-text .ann-quote").CountAsync() > 0, "quotes are highlighted");

        // The seed's offer of military talks: South Korea → North Korea, a CAMEO 03 (intend to cooperate) code.
        var tooltip = page.Locator("#tooltip .tip-event").First;
        var offer = new System.Text.RegularExpressions.Regex(@"^event 03\d* .*KOR\S* → PRK\S* · Goldstein [-\d.]+ · date 2017-07-\d\d .* · rule \S+");
        var verbs = view.Locator(".doc-text .ann-event");
        bool found = false;
        for (int i = 0; i < await verbs.CountAsync() && !found; i++)
        {
            await verbs.Nth(i).HoverAsync();
            await Expect(tooltip).ToBeVisibleAsync();
            found = offer.IsMatch((await tooltip.TextContentAsync())!);
        }

        Assert.True(found, "hovering the verbs finds the KOR → PRK offer with its code, date and rule");
        await Expect(page.Locator("#tooltip")).ToBeVisibleAsync();
        await Screenshot(page, "document-view-event-tooltip");

        // A time expression's tooltip gives its resolved value and rule.
        await view.Locator(".doc-text .ann-timex").First.HoverAsync();
        await Expect(page.Locator("#tooltip .tip-timex").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(DATE|TIME|DURATION|SET) \S+ · rule \S+"));

        // A quote's tooltip names its speaker.
        await view.Locator(".doc-text .ann-quote").First.HoverAsync();
        await Expect(page.Locator("#tooltip .tip-quote").First).ToContainTextAsync("speaker");
        Assert.True(errors.Count == 0, "page errors: " + string.Join(" | ", errors));
    }

    [Fact]
    public async Task ActorFilter_NarrowsDocumentsAndTheEventsTable()
    {
        var errors = new List<string>();
        var (context, page) = await Open(errors);
        await using var _ = context;
        int all = await page.Locator("#document-list .doc-link").CountAsync();

        await Filter(page, "actor", "PRK");
        await Expect(page.Locator("#document-summary")).ToContainTextAsync("mentioning PRK");
        int filtered = await page.Locator("#document-list .doc-link").CountAsync();
        Assert.InRange(filtered, 1, all - 1);
        await Expect(page.Locator($"#document-list .doc-link[data-id='{DyadServer.SeedId}']")).ToBeVisibleAsync();
        await Screenshot(page, "documents-filtered-prk");

        await page.Locator("#tabs button[data-view='events']").ClickAsync();
        await Expect(page.Locator("#events-summary")).ToContainTextAsync("actor PRK");
        var rows = page.Locator("#events-table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var sides = await rows.EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.cells[1].textContent, r.cells[2].textContent])");
        Assert.NotEmpty(sides);
        Assert.All(sides, s => Assert.True(s[0].StartsWith("PRK", StringComparison.Ordinal) || s[1].StartsWith("PRK", StringComparison.Ordinal), $"{s[0]} → {s[1]} involves PRK"));
        await Screenshot(page, "events-table-prk");

        // A row opens its document.
        await rows.First.ClickAsync();
        await Expect(page.Locator("#view-documents")).ToBeVisibleAsync();
        await Expect(page.Locator("#document-view .doc-text")).ToBeVisibleAsync();
        Assert.True(errors.Count == 0, "page errors: " + string.Join(" | ", errors));
    }

    [Fact]
    public async Task Timeline_ChartsAnActorsEventsPerWeekByQuadClass()
    {
        var errors = new List<string>();
        var (context, page) = await Open(errors);
        await using var _ = context;

        await Filter(page, "actor", "USA");
        await page.Locator("#tabs button[data-view='timeline']").ClickAsync();
        var summary = page.Locator("#timeline-summary");
        await Expect(summary).ToContainTextAsync("weeks by quad class for actor USA");
        int events = int.Parse((await summary.TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(events > 0, "the chart has USA's events");
        var canvas = page.Locator("#timeline-chart");
        await Expect(canvas).ToBeVisibleAsync();
        Assert.True((await canvas.BoundingBoxAsync())!.Height > 200, "the chart fills its box");
        await Screenshot(page, "timeline-usa-week");

        await page.Locator("#timeline-period").SelectOptionAsync("day");
        await Expect(summary).ToContainTextAsync("days by quad class");
        Assert.True(errors.Count == 0, "page errors: " + string.Join(" | ", errors));
    }

    [Fact]
    public async Task Network_ClickingAnActor_FiltersTheEventsTable()
    {
        var errors = new List<string>();
        var (context, page) = await Open(errors);
        await using var _ = context;

        await page.Locator("#tabs button[data-view='network']").ClickAsync();
        await Expect(page.Locator("#network-summary")).ToContainTextAsync("dyads");
        var nodes = await page.EvaluateAsync<int>("() => document.querySelector('#network').cy.nodes().length");
        Assert.True(nodes > 10, $"the network has {nodes} actors");
        await Screenshot(page, "network");

        // Click the busiest actor where cytoscape drew it: a real click on the canvas.
        var node = await page.EvaluateAsync<JsonElement>("""
            () => {
              const cy = document.querySelector('#network').cy;
              const n = cy.nodes().sort((a, b) => b.degree() - a.degree())[0];
              const p = n.renderedPosition();
              return { id: n.id(), x: p.x, y: p.y };
            }
            """);
        var box = (await page.Locator("#network").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + node.GetProperty("x").GetSingle(), box.Y + node.GetProperty("y").GetSingle());
        string actor = node.GetProperty("id").GetString()!;
        await Expect(page.Locator("#view-events")).ToBeVisibleAsync();
        await Expect(page.Locator("#filters input[name='actor']")).ToHaveValueAsync(actor);
        await Expect(page.Locator("#events-summary")).ToContainTextAsync($"actor {actor}");
        Assert.True(await page.Locator("#events-table tbody tr").CountAsync() > 0, $"{actor} has events");
        Assert.True(errors.Count == 0, "page errors: " + string.Join(" | ", errors));
    }

    [Fact]
    public async Task Quotes_AreGroupedBySpeaker()
    {
        var errors = new List<string>();
        var (context, page) = await Open(errors);
        await using var _ = context;

        await page.Locator("#tabs button[data-view='quotes']").ClickAsync();
        var speakers = page.Locator("#quotes-list .speaker");
        await Expect(speakers.First).ToBeVisibleAsync();
        Assert.True(await speakers.CountAsync() > 5, "many speakers across the corpus");
        await Expect(page.Locator("#quotes-summary")).ToContainTextAsync("speakers");
        await Expect(speakers.First.Locator("li q").First).Not.ToBeEmptyAsync();
        await Screenshot(page, "quotes-by-speaker");

        await page.Locator("#quote-speaker").FillAsync("KOR");
        await page.Locator("#quote-speaker").PressAsync("Enter");
        await Expect(page.Locator("#quotes-list .speaker h3").First).ToContainTextAsync("KOR");
        Assert.True(errors.Count == 0, "page errors: " + string.Join(" | ", errors));
    }

    [Fact]
    public async Task PasteBox_CodesAnArticleAtOnce()
    {
        var errors = new List<string>();
        var (context, page) = await Open(errors);
        await using var _ = context;

        await page.Locator("#tabs button[data-view='code']").ClickAsync();
        await page.Locator("#code-form textarea").FillAsync(
            "Japan's prime minister met South Korea's president in Seoul on Monday. " +
            "\"We will keep talking,\" the president said after the meeting.");
        await page.Locator("#code-form input[name='date']").FillAsync("2021-03-01");
        await page.Locator("#code-form button[type='submit']").ClickAsync();
        var view = page.Locator("#code-view");
        await Expect(view.Locator(".meta")).ToContainTextAsync("published 2021-03-01");
        Assert.True(await view.Locator(".doc-text .ann-mention").CountAsync() >= 2, "Japan and South Korea are found");
        await Expect(view.Locator(".doc-text .ann-timex").First).ToBeVisibleAsync();
        await view.Locator(".doc-text .ann-timex").First.HoverAsync();
        await Expect(page.Locator("#tooltip .tip-timex").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^DATE 2021-0[23]-\d\d · rule "));
        await Screenshot(page, "paste-box");
        Assert.True(errors.Count == 0, "page errors: " + string.Join(" | ", errors));
    }
}
