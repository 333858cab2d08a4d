"""Weekly line charts as PNG (the summary e-mail, the region page)."""

import io

TOP_REGIONS = 5


def weekly_chart(series: dict[str, list[tuple]], *, title: str, ylabel: str = "persons newly displaced") -> bytes:
    # matplotlib costs a quarter of a second to import: only pay it when a chart is drawn, not at every start
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    top = sorted(series.items(), key=lambda item: -sum(v for _, v in item[1]))[:TOP_REGIONS]
    figure, axes = plt.subplots(figsize=(6.4, 3.0), dpi=100)
    try:
        for name, points in top:
            axes.plot([d for d, _ in points], [v for _, v in points], marker="o", linewidth=1.6, label=name)
        axes.set_title(title, fontsize=10)
        axes.set_ylabel(ylabel, fontsize=8)
        axes.tick_params(labelsize=7)
        axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
        axes.grid(alpha=0.3)
        if top:
            axes.legend(fontsize=7, loc="upper left")
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)
