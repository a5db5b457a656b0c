package dev.hydra.output;

import dev.hydra.model.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar of the verdicts' proportions as inline SVG. It is built from numbers and fixed labels only,
 * never from crawled text, so it can be written into a page unescaped.
 */
public final class SummaryBar {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 24;

    private SummaryBar() {}

    public static String svg(List<SiteReportModel.Share> shares) {
        int total = shares.stream().mapToInt(SiteReportModel.Share::count).sum();
        StringBuilder label = new StringBuilder();
        for (SiteReportModel.Share share : shares) {
            label.append(label.length() == 0 ? "" : ", ")
                    .append(share.count())
                    .append(' ')
                    .append(share.verdict().label());
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Links: ")
                .append(label)
                .append("\">");
        svg.append("<title>Links: ").append(label).append("</title>");
        svg.append("<rect width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"#eeeeee\"/>");
        double x = 0;
        for (SiteReportModel.Share share : shares) {
            if (total == 0 || share.count() == 0) {
                continue;
            }
            double width = WIDTH * (double) share.count() / total;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.2f\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%d %s</title></rect>",
                    x,
                    width,
                    HEIGHT,
                    color(share.verdict()),
                    share.count(),
                    share.verdict().label()));
            x += width;
        }
        return svg.append("</svg>").toString();
    }

    /** A small square in the verdict's colour, the legend of the bar. */
    public static String swatch(Verdict verdict) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12\" height=\"12\" aria-hidden=\"true\">"
                + "<rect width=\"12\" height=\"12\" fill=\"" + color(verdict) + "\"/></svg>";
    }

    /** Colours that stay apart for the common colour-vision deficiencies (Okabe-Ito palette). */
    public static String color(Verdict verdict) {
        return switch (verdict) {
            case OK -> "#009E73";
            case BROKEN -> "#D55E00";
            case WARNING -> "#E69F00";
            case SKIPPED -> "#56B4E9";
            case EXCLUDED -> "#999999";
        };
    }
}
