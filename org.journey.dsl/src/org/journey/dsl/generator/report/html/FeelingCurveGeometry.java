package org.journey.dsl.generator.report.html;

import java.util.List;
import java.util.stream.IntStream;

import org.journey.dsl.model.ScoreScale;

/**
 * Where the feeling curve goes in its SVG, which spans all phase columns and is {@link #HEIGHT}
 * pixels high. Heights are pixels. The curve's path is drawn in a view box of
 * {@link #COLUMN_WIDTH} units per column that is stretched to the columns' real width, so a
 * point at a column's centre stays above that column's cells however wide the page is.
 */
public final class FeelingCurveGeometry {

	public static final int COLUMN_WIDTH = 200;
	public static final int HEIGHT = 156;
	/** A touchpoint marker's radius: room for its number, one or two digits. */
	public static final int MARKER_RADIUS = 7;
	private static final int PADDING = 22;

	/** A point of the curve in SVG units. */
	public record Point(double x, double y) {
	}

	private FeelingCurveGeometry() {
	}

	public static int width(int columns) {
		return columns * COLUMN_WIDTH;
	}

	public static double columnCentre(int columnIndex) {
		return columnIndex * COLUMN_WIDTH + COLUMN_WIDTH / 2.0;
	}

	/** The height of a feeling or experience score; a score off the scale is drawn at the nearest end. */
	public static double y(int score) {
		return PADDING + (ScoreScale.MAX - ScoreScale.clamp(score)) * (HEIGHT - 2.0 * PADDING) / (ScoreScale.MAX - ScoreScale.MIN);
	}

	/** The scores of the scale from the top of the curve down: a grid line and a label each. */
	public static List<Integer> scoresTopDown() {
		return IntStream.iterate(ScoreScale.MAX, score -> score >= ScoreScale.MIN, score -> score - 1).boxed().toList();
	}

	/** The centre of a phase column as a share of the curve's width, for CSS: {@code 12.5%}. */
	public static String columnCentreShare(int columnIndex, int columns) {
		return Html.cssPercent((columnIndex + 0.5) / columns);
	}

	/** The boundary between two columns, after the {@code n}th, as a share of the curve's width. */
	public static String columnBoundary(int n, int columns) {
		return Html.cssPercent((double) n / columns);
	}

	/** The height of a face's mouth below its centre: a sad face's corners sit lower. */
	public static double mouth(int score) {
		return ScoreScale.clamp(score) < 0 ? 6.0 : 3.5;
	}

	/** The height of a face's mouth at its middle: a smile for a positive score, a frown for a negative. */
	public static double mouthMiddle(int score) {
		return mouth(score) + ScoreScale.clamp(score) * 2.2;
	}

	/**
	 * A smooth line through the points: each segment leaves and enters its points horizontally, so
	 * the curve never overshoots the feelings it connects (a straight line for a single point is
	 * not needed: the point itself is drawn).
	 */
	public static String path(List<Point> points) {
		if (points.isEmpty()) {
			return "";
		}
		StringBuilder path = new StringBuilder();
		Point first = points.get(0);
		path.append("M").append(Html.decimal(first.x())).append(' ').append(Html.decimal(first.y()));
		for (int i = 1; i < points.size(); i++) {
			Point from = points.get(i - 1);
			Point to = points.get(i);
			double middle = (from.x() + to.x()) / 2;
			path.append(" C").append(Html.decimal(middle)).append(' ').append(Html.decimal(from.y()))
					.append(' ').append(Html.decimal(middle)).append(' ').append(Html.decimal(to.y()))
					.append(' ').append(Html.decimal(to.x())).append(' ').append(Html.decimal(to.y()));
		}
		return path.toString();
	}

	/** The area between the curve and the neutral line, tinted green above it and red below. */
	public static String area(List<Point> points) {
		if (points.size() < 2) {
			return "";
		}
		String zero = Html.decimal(y(0));
		return path(points) + " L" + Html.decimal(points.get(points.size() - 1).x()) + ' ' + zero + " L"
				+ Html.decimal(points.get(0).x()) + ' ' + zero + " Z";
	}

	/**
	 * The horizontal offset of the {@code n}th touchpoint marker in a column from its centre:
	 * alternately right and left, clear of the feeling point drawn at the centre, and inside the
	 * column (a column with very many touchpoints stacks its outermost markers).
	 */
	public static double markerOffset(int n) {
		double distance = Math.min(24 + (n / 2) * (2 * MARKER_RADIUS + 2), COLUMN_WIDTH / 2.0 - MARKER_RADIUS - 3);
		return n % 2 == 0 ? distance : -distance;
	}
}
