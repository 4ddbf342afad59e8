package org.dossier.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dossier.app.browse.SearchRequest;
import org.dossier.app.overview.Glances;
import org.dossier.app.overview.Overview;
import org.dossier.app.overview.Overviews;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures behind a list's map and timeline, for any search. */
@RestController
@ConditionalOnWebApplication
@Tag(name = "publications")
class OverviewApi {
    private final Overviews overviews;

    OverviewApi(Overviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping(path = "/api/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getOverview",
            summary = "A search at a glance: publications by country, by region and per year",
            description = "The figures the map and the timeline of every list page draw, for the same words, filters "
                    + "and dates as /api/publications. Each year is split by the values of one facet (stack: type, "
                    + "language or series; at most five values, the rest in other), so a year's counts and other add "
                    + "up to its total, and the years' totals to the search's total.")
    @SearchParameters
    @Parameter(
            name = "stack",
            in = ParameterIn.QUERY,
            description = "The facet that splits each year: type (the default), language or series",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"type", "language", "series"}))
    OverviewView overview(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Overview overview = overviews.of(SearchRequest.parse(params), Glances.stackBy(params.getFirst("stack")));
        Overview.Timeline t = overview.timeline();
        return new OverviewView(
                overview.total(),
                overview.countries(),
                overview.regions(),
                new TimelineView(t.stackedBy().key(), t.stacks(), t.years()));
    }

    record OverviewView(
            long total,
            List<Overview.PlaceCount> countries,
            List<Overview.PlaceCount> regions,
            TimelineView timeline) {}

    record TimelineView(String stackedBy, List<Overview.Stack> stacks, List<Overview.Year> years) {}
}
