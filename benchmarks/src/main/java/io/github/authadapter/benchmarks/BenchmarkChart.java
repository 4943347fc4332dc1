package io.github.authadapter.benchmarks;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a report as one PNG: calls per second of each operation by threads, and getSessionAndUser by number of
 * sessions.
 */
final class BenchmarkChart {

	private static final int WIDTH = 620;

	private static final int HEIGHT = 400;

	private final Report report;

	BenchmarkChart(Report report) {
		this.report = report;
	}

	void write(Path png) throws IOException {
		List<CategoryChart> charts = new ArrayList<>();
		for (Operation operation : Operation.values()) {
			charts.add(byThreads(operation, "calls/s", Results.Summary::callsPerSecond));
		}
		charts.add(byThreads(Operation.SIGNED_IN_REQUEST, "p50 ms", Results.Summary::p50Millis));
		List<Integer> threads = this.report.settings().threads();
		int fewest = threads.get(0);
		int most = threads.get(threads.size() - 1);
		charts.add(bySessions("getSessionAndUser p50 latency, " + Report.threads(fewest), "ms", fewest,
				Results.Summary::p50Millis));
		charts.add(bySessions("getSessionAndUser calls/s, " + Report.threads(most), "calls/s", most,
				Results.Summary::callsPerSecond));
		BitmapEncoder.saveBitmap(charts, charts.size() / 2, 2, png.toString(), BitmapEncoder.BitmapFormat.PNG);
	}

	private CategoryChart byThreads(Operation operation, String unit, ToDoubleFunction<Results.Summary> value) {
		int sessions = this.report.settings().sessions();
		CategoryChart chart = chart(String.format(Locale.ROOT, "%s, %,d sessions", operation.label(), sessions),
				"threads", unit);
		List<String> threads = this.report.settings().threads().stream().map(String::valueOf).toList();
		for (String contender : Report.CONTENDERS) {
			List<Optional<Results.Summary>> summaries = this.report.settings()
				.threads()
				.stream()
				.map((count) -> this.report.summary(sessions, operation, contender, count))
				.toList();
			if (summaries.stream().anyMatch(Optional::isPresent)) {
				chart.addSeries(contender, threads, values(summaries, value));
			}
		}
		return chart;
	}

	private CategoryChart bySessions(String title, String unit, int threads,
			ToDoubleFunction<Results.Summary> value) {
		CategoryChart chart = chart(title, "sessions", unit);
		List<Integer> sizes = this.report.settings().allSessionCounts();
		List<String> labels = sizes.stream().map((size) -> String.format(Locale.ROOT, "%,d", size)).toList();
		for (String contender : Report.CONTENDERS.subList(0, 3)) {
			List<Optional<Results.Summary>> summaries = sizes.stream()
				.map((size) -> this.report.summary(size, Operation.GET_SESSION_AND_USER, contender, threads))
				.toList();
			chart.addSeries(contender, labels, values(summaries, value));
		}
		return chart;
	}

	private static List<Double> values(List<Optional<Results.Summary>> summaries,
			ToDoubleFunction<Results.Summary> value) {
		return summaries.stream().map((summary) -> summary.map(value::applyAsDouble).orElse(0.0)).toList();
	}

	private static CategoryChart chart(String title, String xAxis, String yAxis) {
		CategoryChart chart = new CategoryChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title(title)
			.xAxisTitle(xAxis)
			.yAxisTitle(yAxis)
			.build();
		chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
		chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
		chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		chart.getStyler().setLegendPadding(4);
		chart.getStyler().setYAxisDecimalPattern("#,###.##");
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		return chart;
	}

}
