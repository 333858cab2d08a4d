"""The review workspace inside the admin: queue, review page, conflicts, region page, import and export."""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tracker import services, tasks
from tracker.admin_forms import save_figure_form, sent_back_note
from tracker.admin_pickers import PlaceAliasForm, RegionFilterForm
from tracker.charts import weekly_svg
from tracker.choices import CommentField, FigureAction
from tracker.exports import dictionary_csv, export_lines, export_xlsx, guarded_stream, region_index
from tracker.history import readable_history
from tracker.lifecycle import TransitionRefused, actions_for, in_words
from tracker.models import DisplacementFigure, Event, ImportJob, Region, ReportingBody
from tracker.selectors import (
    conflicts,
    figure_rows,
    figures_visible_to,
    next_in_queue,
    queue_bodies_as_written,
    region_overview,
    region_scope,
    review_queue,
    value_missing_from_quote,
)

QUEUE_FILTERS = ("feed", "body", "region", "event")
SKIPPED_KEY = "review_skipped"  # the figures a reviewer skipped in this pass through the queue (session)


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"), help_text=gettext_lazy(
        "CSV or XLSX, up to 10 MB, with the columns region, value, period_start, period_end, …"))  # fmt: skip

    def clean_file(self):
        from tracker.importing import MAX_BYTES

        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            megabytes = MAX_BYTES // 1024 // 1024
            raise forms.ValidationError(_("The file is larger than %(mb)s MB: split it.") % {"mb": megabytes})
        return upload


def _start_import(request, *, file_name: str, content: bytes | memoryview, dry_run: bool) -> HttpResponseRedirect:
    """A preview (dry run) or an import of a file, read by a worker once the request commits, its reasons written in
    the language of the page that started it; the answer goes to the job's page."""
    job = ImportJob.objects.create(
        file_name=file_name,
        content=content,
        dry_run=dry_run,
        started_by=request.user,
        language=translation.get_language(),
    )
    tasks.run_import.delay_on_commit(job.pk)
    return HttpResponseRedirect(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk]))


class ReviewViews:
    """Mixed into DisplacementFigureAdmin: extra admin pages, each behind the admin's own login."""

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("review/", wrap(self.queue_view), name="tracker_displacementfigure_review_queue"),
            path("<int:pk>/review/", wrap(self.review_view), name="tracker_displacementfigure_review"),
            path("<int:pk>/transition/", wrap(self.transition_view), name="tracker_displacementfigure_transition"),
            path("conflicts/", wrap(self.conflicts_view), name="tracker_displacementfigure_conflicts"),
            path("import/", wrap(self.import_view), name="tracker_displacementfigure_import"),
            path("import/<int:job_id>/", wrap(self.import_job_view), name="tracker_displacementfigure_import_job"),
            path(
                "import/template.csv",
                wrap(self.import_template_view),
                name="tracker_displacementfigure_import_template",
            ),  # fmt: skip
            path("export/", wrap(self.export_view), name="tracker_displacementfigure_export"),
            *super().get_urls(),
        ]

    # -------------------------------------------------------------------------------------------- queue

    def _queue(self, request):
        params = {name: request.GET.get(name) for name in QUEUE_FILTERS if (request.GET.get(name) or "").isdigit()}
        as_written = (request.GET.get("body_as_written") or "").strip()
        if as_written:  # a text, not a number: kept as the filter's choice carried it (the field holds 200 at most)
            params["body_as_written"] = as_written[:200]
        feed = None
        if params.get("feed"):
            from django.apps import apps

            feed = apps.get_model("ingest", "Feed").objects.filter(pk=params["feed"]).first()
        queue = review_queue(
            user=request.user,
            feed=feed,
            body=ReportingBody.objects.filter(pk=params["body"]).first() if params.get("body") else None,
            body_as_written=params.get("body_as_written", ""),
            region=Region.objects.filter(pk=params["region"]).first() if params.get("region") else None,
            event=Event.objects.filter(pk=params["event"]).first() if params.get("event") else None,
        )
        return queue, params

    def _require(self, request, permission):
        if not request.user.has_perm(permission):
            raise PermissionDenied

    def queue_view(self, request):
        self._require(request, "tracker.change_displacementfigure")
        request.session.pop(SKIPPED_KEY, None)  # the queue page starts a new pass: skipped figures come back
        queue, params = self._queue(request)
        from django.apps import apps

        region_param = params.get("region", "")
        selected_region = Region.objects.filter(pk=region_param).first() if region_param.isdigit() else None
        written = [params["body_as_written"]] if params.get("body_as_written") else []  # stays chosen, even if gone
        context = {
            **self.admin_site.each_context(request),
            "title": _("Figures waiting for review"),
            "figures": queue[:500],
            "count": queue.count(),
            "query": urlencode(params),
            "params": params,
            "feeds": apps.get_model("ingest", "Feed").objects.order_by("name"),
            "bodies": ReportingBody.objects.order_by("name"),
            "bodies_as_written": sorted({*queue_bodies_as_written(user=request.user), *written}),
            "events": Event.objects.order_by("name"),
            "region_form": RegionFilterForm(initial={"region": selected_region}, admin_site=self.admin_site),
        }
        return TemplateResponse(request, "admin/tracker/review_queue.html", context)

    # ---------------------------------------------------------------------------------------- one figure

    def _next_url(self, request, figure, queue, params, *, skip=False):
        """Where the reviewer goes after acting on (or skipping) a figure: the next one in the queue's order. The
        figures skipped in this pass (kept in the session from the queue page on) are not shown again: past the
        last one, back to the queue page, which lists what is still waiting."""
        kept = request.session.get(SKIPPED_KEY)
        query = urlencode(params)
        # a pass is through one queue: the skipped figures of a queue filtered otherwise do not count here
        kept = kept if isinstance(kept, dict) and kept.get("query") == query else {}
        skipped = [pk for pk in kept.get("ids", []) if isinstance(pk, int)]
        if skip and figure.pk not in skipped:
            skipped.append(figure.pk)
        following = next_in_queue(after=figure, queue=queue, skipped=skipped)
        suffix = f"?{query}" if query else ""
        if following is None:
            request.session.pop(SKIPPED_KEY, None)
            left = queue.filter(pk__in=skipped).count()
            if left:
                messages.info(request, ngettext(
                    "You have seen every figure in the queue (%(n)s skipped).",
                    "You have seen every figure in the queue (%(n)s skipped).", left) % {"n": left})  # fmt: skip
            else:
                messages.info(request, _("That was the last figure in the queue."))
            return reverse("admin:tracker_displacementfigure_review_queue") + suffix
        request.session[SKIPPED_KEY] = {"query": query, "ids": skipped}
        return reverse("admin:tracker_displacementfigure_review", args=[following.pk]) + suffix

    def review_view(self, request, pk):
        self._require(request, "tracker.change_displacementfigure")
        # another team's figure is not found, exactly like one that does not exist
        figure = get_object_or_404(
            figures_visible_to(user=request.user).select_related("region", "reporting_body", "source", "entered_by"),
            pk=pk,
        )
        queue, params = self._queue(request)
        # the buttons as the stored figure allows them (a form sent back with errors does not enable Verify)
        actions = [
            {"action": row.action, "label": FigureAction(row.action).label, "refusal": why}
            for row, why in actions_for(figure=figure, acting_user=request.user)
        ]
        # the admin's own form class for the figure: region, body, source and event are autocompletes
        form_class = self.get_form(request, figure, change=True)
        form = form_class(instance=figure)
        if request.method == "POST":
            action = request.POST.get("action")
            try:
                if action == "save":
                    form = form_class(request.POST, instance=figure)
                    if form.is_valid():
                        before = figure.status
                        saved = save_figure_form(form, acting_user=request.user)
                        messages.success(request, _("Saved."))
                        note = sent_back_note(figure=saved, before=before)
                        if note:
                            messages.warning(request, note)
                        return HttpResponseRedirect(request.get_full_path())
                elif action in (FigureAction.VERIFY, FigureAction.REJECT, FigureAction.SUBMIT, FigureAction.REOPEN):
                    self._transition(request, figure, action)
                    if action in (FigureAction.VERIFY, FigureAction.REJECT):
                        return HttpResponseRedirect(self._next_url(request, figure, queue, params))
                    return HttpResponseRedirect(request.get_full_path())
                elif action == "skip":
                    return HttpResponseRedirect(self._next_url(request, figure, queue, params, skip=True))
                elif action == "comment":
                    services.add_comment(figure=figure, acting_user=request.user, text=request.POST.get("text", ""),
                                         field=request.POST.get("field", ""))  # fmt: skip
                    return HttpResponseRedirect(request.get_full_path() + "#comments")
                elif action == "resolve_comment":
                    comment_id = request.POST.get("comment", "")
                    if not (comment_id.isascii() and comment_id.isdigit()):
                        raise Http404
                    comment = get_object_or_404(figure.comments, pk=comment_id)
                    services.resolve_comment(comment=comment, acting_user=request.user)
                    return HttpResponseRedirect(request.get_full_path() + "#comments")
            except (PermissionDenied, ValidationError, TransitionRefused) as exc:
                figure.refresh_from_db()
                messages.error(request, in_words(exc))
        text = figure.source.text if figure.source_id else ""
        has_span = figure.quote_start is not None and figure.quote_end is not None and text
        history = list(figure.history.select_related("history_user").order_by("-history_date")[:50])
        changes = readable_history(records=history, model=DisplacementFigure)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review figure %(pk)s") % {"pk": figure.pk},
            "figure": figure,
            "form": form,
            "before": text[: figure.quote_start] if has_span else text,
            "quote": text[figure.quote_start : figure.quote_end] if has_span else "",
            "quote_states": [
                number_format(n, force_grouping=True)
                for n in value_missing_from_quote(
                    figure, text[figure.quote_start : figure.quote_end] if has_span else figure.quote
                )
                or ()
            ],
            "after": text[figure.quote_end :] if has_span else "",
            "comments": figure.comments.select_related("author", "resolved_by"),
            "comment_fields": CommentField.choices,
            "history": changes,
            "corroborations": figure.corroborations.select_related("source"),
            "breakdown": figure.breakdown.all(),
            "can_verify": request.user.has_perm("tracker.verify_displacementfigure"),
            "actions": actions,
            "query": urlencode(params),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/tracker/review_figure.html", context)

    def _transition(self, request, figure, action):
        if action == FigureAction.VERIFY:
            services.verify_figure(figure=figure, acting_user=request.user)
        elif action == FigureAction.REJECT:
            services.reject_figure(figure=figure, acting_user=request.user, reason=request.POST.get("reason", ""))
        elif action == FigureAction.SUBMIT:
            services.submit_figure(figure=figure, acting_user=request.user)
        else:
            services.reopen_figure(figure=figure, acting_user=request.user)
        status = figure.get_status_display().lower()
        messages.success(request, _("Figure %(pk)s: %(status)s.") % {"pk": figure.pk, "status": status})

    def transition_view(self, request, pk):
        """The figure page's lifecycle buttons post here; back to the figure page with what happened."""
        self._require(request, "tracker.change_displacementfigure")
        figure = get_object_or_404(figures_visible_to(user=request.user).select_related("region", "source"), pk=pk)
        if request.method == "POST":
            try:
                self._transition(request, figure, request.POST.get("action", ""))
            except (PermissionDenied, ValidationError, TransitionRefused) as exc:
                messages.error(request, in_words(exc))
        return HttpResponseRedirect(reverse("admin:tracker_displacementfigure_change", args=[pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        numeric = str(object_id).isascii() and str(object_id).isdigit()  # "²" passes isdigit(), not int()
        figure = figures_visible_to(user=request.user).filter(pk=object_id).first() if numeric else None
        extra = dict(extra_context or {})
        if figure is not None:
            extra["lifecycle_actions"] = [
                {"action": row.action, "label": FigureAction(row.action).label, "refusal": why}
                for row, why in actions_for(figure=figure, acting_user=request.user)
            ]
        return super().change_view(request, object_id, form_url, extra_context=extra)

    # ----------------------------------------------------------------------------------------- conflicts

    def conflicts_view(self, request):
        self._require(request, "tracker.change_displacementfigure")
        here = reverse("admin:tracker_displacementfigure_conflicts")
        if request.method == "POST":
            posted = request.POST.get("conflict", "")
            back = f"{here}#conflict-{posted}" if posted else here
            chosen_id = request.POST.get("recommended", "")
            if not chosen_id.isdigit():
                messages.error(request, _("Nothing changed: first choose the figure the team stands behind."))
                return HttpResponseRedirect(back)
            visible = figures_visible_to(user=request.user)
            chosen = get_object_or_404(visible.select_related("region"), pk=chosen_id)
            # only the chosen figure's own region and term: sub-regions keep their own recommended figures
            group = visible.filter(
                pk__in=[pk for pk in request.POST.getlist("figures") if pk.isdigit()],
                region_id=chosen.region_id,
                term=chosen.term,
            )
            try:
                services.resolve_conflict(recommended=chosen, others=list(group), acting_user=request.user)
            except PermissionDenied as exc:
                messages.error(request, str(exc) or _("Only reviewers resolve conflicts."))
                return HttpResponseRedirect(back)
            values = {
                "pk": chosen.pk,
                "persons": f"{chosen.persons:,}" if chosen.persons else "",
                "place": chosen.region or _("its place"),
                "month": date_format(chosen.period_end, "F Y"),
            }
            message = (_("Figure %(pk)s (%(persons)s persons) is now the recommended figure for %(place)s, %(month)s; "
                         "the others are triangulation. The conflict is resolved.") if chosen.persons else
                       _("Figure %(pk)s is now the recommended figure for %(place)s, %(month)s; the others are "
                         "triangulation. The conflict is resolved."))  # fmt: skip
            messages.success(request, message % values)
            return HttpResponseRedirect(here)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Conflicting figures"),
            "conflicts": conflicts(user=request.user),
            "can_verify": request.user.has_perm("tracker.verify_displacementfigure"),
        }
        return TemplateResponse(request, "admin/tracker/conflicts.html", context)

    # ---------------------------------------------------------------------------------- import / export

    def import_view(self, request):
        self._require(request, "tracker.add_displacementfigure")
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            return _start_import(request, file_name=upload.name, content=upload.read(), dry_run=True)
        from django.conf import settings

        from tracker.importing import DATE_FORMATS, ENUMS

        context = {**self.admin_site.each_context(request), "title": _("Import figures"), "form": form,
                   "choices": {name: enum.choices for name, enum in ENUMS.items()}, "date_formats": DATE_FORMATS,
                   "max_value": settings.FIGURE_MAX_VALUE}  # fmt: skip
        return TemplateResponse(request, "admin/tracker/import.html", context)

    def import_template_view(self, request):
        from tracker.importing import template_csv

        self._require(request, "tracker.add_displacementfigure")
        response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="figures-import-template.csv"'
        return response

    def import_job_view(self, request, job_id):
        self._require(request, "tracker.add_displacementfigure")
        from tracker.importing import settle_stale_job

        jobs = (
            ImportJob.objects.all()
            if region_scope(user=request.user).everywhere
            else ImportJob.objects.filter(started_by=request.user)
        )  # another team's file is not theirs to read
        job = settle_stale_job(job=get_object_or_404(jobs, pk=job_id))
        unplaced = sorted({r["place"] for r in job.report if r.get("place")})[:50]
        alias_forms = [PlaceAliasForm(initial={"name": name}, admin_site=self.admin_site, prefix=f"place{i}")
                       for i, name in enumerate(unplaced)]  # fmt: skip
        action = request.POST.get("action", "import")
        if request.method == "POST" and action == "alias" and job.dry_run:
            self._require(request, "tracker.add_regionalias")
            prefix = request.POST.get("prefix", "")
            index = int(prefix[5:]) if prefix.startswith("place") and prefix[5:].isdigit() else -1
            if 0 <= index < len(alias_forms):
                form = PlaceAliasForm(request.POST, admin_site=self.admin_site, prefix=prefix)
                if form.is_valid() and form.cleaned_data["name"] == unplaced[index]:
                    region = form.cleaned_data["region"]
                    services.add_region_alias(region=region, name=form.cleaned_data["name"])
                    done = _("“%(name)s” is now a name of %(region)s: preview the file again to place its rows.")
                    messages.success(request, done % {"name": form.cleaned_data["name"], "region": region.name})
                    return HttpResponseRedirect(request.get_full_path())
                alias_forms[index] = form
            messages.error(request, _("Pick the region this name stands for."))
        elif request.method == "POST" and action == "preview" and job.dry_run and job.state == ImportJob.State.DONE:
            return _start_import(request, file_name=job.file_name, content=job.content, dry_run=True)
        elif request.method == "POST" and job.dry_run and job.state == ImportJob.State.DONE:
            return _start_import(request, file_name=job.file_name, content=job.content, dry_run=False)
        context = {
            **self.admin_site.each_context(request),
            "title": (_("Preview of %(file)s") if job.dry_run else _("Import of %(file)s")) % {"file": job.file_name},
            "job": job,
            "rejected": [r for r in job.report if r["outcome"] == "rejected"][:1000],
            "unchanged": [r for r in job.report if r["outcome"] == "unchanged"][:1000],
            "notices": [r["reason"] for r in job.report if r["outcome"] == "notice"],
            "percent": int(100 * job.rows_done / job.rows_total) if job.rows_total else 0,
            "alias_forms": list(zip(unplaced, alias_forms, strict=True))
            if job.dry_run and job.state == ImportJob.State.DONE
            else [],
        }
        return TemplateResponse(request, "admin/tracker/import_job.html", context)

    def export_view(self, request):
        """The changelist as it is filtered now, as CSV or XLSX."""
        self._require(request, "tracker.view_displacementfigure")
        kind = request.GET.get("format", "csv")
        if kind == "dictionary":  # what every column of the export says
            response = HttpResponse(dictionary_csv(), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="figures-dictionary.csv"'
            return response
        request.GET = request.GET.copy()
        request.GET.pop("format", None)
        try:
            changelist = self.get_changelist_instance(request)
            rows = figure_rows(changelist.get_queryset(request).order_by("id"))
        except (IncorrectLookupParameters, ValidationError):  # as the list itself answers a filter it cannot read
            return HttpResponseRedirect(reverse("admin:tracker_displacementfigure_changelist") + "?e=1")
        if kind == "xlsx":
            response = HttpResponse(
                export_xlsx(rows.iterator(chunk_size=2000), region_index()),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        else:
            lines = export_lines(rows.iterator(chunk_size=2000), region_index(), hxl=False)
            lines = guarded_stream(rows, lines, what="admin export")
            response = StreamingHttpResponse(lines, content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="figures.{kind}"'
        return response


class RegionPageView:
    """Mixed into RegionAdmin: a region's weekly chart, its figures and the bodies reporting on it."""

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [path("<int:pk>/overview/", wrap(self.overview_view), name="tracker_region_overview"),
                *super().get_urls()]  # fmt: skip

    def overview_view(self, request, pk):
        if not request.user.has_perm("tracker.view_displacementfigure"):
            raise PermissionDenied
        region = get_object_or_404(Region, pk=pk)
        if not region_scope(user=request.user).allows(region):  # another team's place: as if it did not exist
            raise Http404
        overview = region_overview(region=region, user=request.user)
        charts = {  # inline SVG: gaps where no report, y from zero; "" (a sentence in the page) when no data
            category: weekly_svg({region.name: overview["series"][category]}, label=label % {"place": region.name})
            for category, label in (
                ("flow", _("%(place)s: persons newly displaced")),
                ("stock", _("%(place)s: persons still displaced")),
            )
        }
        context = {**self.admin_site.each_context(request), "title": region.name, "region": region,
                   "charts": charts, **overview}  # fmt: skip
        return TemplateResponse(request, "admin/tracker/region_overview.html", context)
