using System.Globalization;

using FiloDiretto.Bench;

// Figures are read by scripts too: one decimal separator whatever the machine's locale.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

try
{
    var options = BenchOptions.Parse(args);
    Console.WriteLine(Report.Describe(options));

    using var http = ServerApi.CreateHttpClient(options);
    var api = new ServerApi(http);
    var intakeToken = await api.SignInAsync(options.User, options.Password);
    var listenToken = options.ListenUser == options.User ? intakeToken : await api.SignInAsync(options.ListenUser, options.Password);
    var feedTip = await api.ReadFeedTipAsync(listenToken);

    Console.WriteLine($"Connecting {options.Listeners} listeners…");
    await using var listeners = await Listeners.ConnectAsync(options.Url, listenToken, options.Listeners);

    Console.WriteLine("Running…");
    var window = MeasuredWindow.AfterWarmup(options.WarmupSeconds, options.Seconds);
    var outcomes = await new IntakeLoad(http, intakeToken, options).RunAsync(window.To);
    var intakes = new MeasuredIntakes(outcomes, window);

    Console.WriteLine("Waiting up to 5 s for pushes still on the wire, then checking the event feed…");
    await listeners.WaitForDeliveriesAsync(intakes.AcknowledgedAt.Keys, TimeSpan.FromSeconds(5));
    var deliveries = listeners.Tally(intakes.AcknowledgedAt);
    var created = await api.ReadCreatedTicketIdsAsync(listenToken, feedTip);
    var feed = new FeedCheck(intakes.AcknowledgedAt.Keys.LongCount(ticketId => !created.Contains(ticketId)));

    Report.Print(new BenchResult(options, intakes, deliveries, feed, MemoryUse.OfThisProcess()));

    // A run that filed nothing measured nothing: fail it so a script cannot mistake it for a result.
    if (intakes.Acknowledged == 0)
    {
        await Console.Error.WriteLineAsync("No intake was acknowledged in the measured window: see Errors above.");
        return 3;
    }

    return 0;
}
catch (BenchFailure failure)
{
    await Console.Error.WriteLineAsync(failure.Message);
    return failure.ExitCode;
}
