package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.RecipeDetail;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/** One recipe: its facts, tags, nutrition and ingredients, its interactions over time and its ratings. */
@Route("dashboards/recipe")
@PageTitle("Recipe · Duckboard")
@PermitAll
public class RecipeView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final List<String> RATINGS = List.of("0 (no rating)", "1★", "2★", "3★", "4★", "5★");

    private final DashboardQueries queries;
    private final DashboardExecutor executor;
    private final H2 title = new H2();
    private final Div facts = new Div();
    private final Paragraph description = new Paragraph();
    private final Paragraph tags = new Paragraph();
    private final Paragraph ingredients = new Paragraph();
    private final ChartCard overTime = new ChartCard("chart-recipe-time", "Interactions per month",
            ChartOptions.of(ChartType.BAR, "240").withXAxis(ChartOptions.Axis.datetime()));
    private final ChartCard ratings = new ChartCard("chart-recipe-ratings", "Ratings",
            ChartOptions.of(ChartType.BAR, "240").withXAxis(ChartOptions.Axis.category(RATINGS)).withDataLabels(true));

    public RecipeView(DashboardQueries queries, DashboardExecutor executor) {
        this.queries = queries;
        this.executor = executor;
        setId("recipe-view");
        facts.setId("recipe-facts");
        facts.addClassName("card-row");
        tags.setId("recipe-tags");
        Div charts = new Div(overTime, ratings);
        charts.addClassName("chart-grid");
        add(title, facts, description, tags, ingredients, charts);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        RecipeDetail recipe = queries.recipe(id).orElse(null);
        if (recipe == null) {
            title.setText("No recipe " + id + " in the current snapshot");
            facts.removeAll();
            return;
        }
        title.setText(recipe.name());
        facts.removeAll();
        facts.add(fact("Minutes", Integer.toString(recipe.minutes())), fact("Steps", Integer.toString(recipe.steps())),
                fact("Submitted", recipe.submitted().toString()), fact("Contributor", Long.toString(recipe.contributorId())));
        recipe.nutrition().forEach((name, value) -> facts.add(fact(name, value == null ? "—" : "%.1f".formatted(value))));
        description.setText(recipe.description());
        tags.setText("Tags: " + String.join(", ", recipe.tags()));
        ingredients.setText("Ingredients: " + String.join(", ", recipe.ingredients()));
        overTime.load(executor, () -> queries.recipeMonthly(id),
                points -> List.of(Series.of("Interactions", OverviewView.points(points, p -> (double) p.interactions()))), points -> { });
        ratings.load(executor, () -> queries.recipeRatings(id), counts -> {
            List<Series.Point> points = new ArrayList<>();
            for (int r = 0; r < counts.size(); r++) {
                points.add(Series.Point.of(RATINGS.get(r), counts.get(r)));
            }
            return List.of(Series.of("Ratings", points));
        }, counts -> { });
    }

    private static Div fact(String label, String value) {
        Div card = new Div(new Span(label), new Span(value));
        card.addClassName("fact-card");
        return card;
    }
}
