-- Distinct users per day are left out on purpose: they cost more than the rest together, and
-- active users over a date range cannot be summed from days anyway (dashboards count them from
-- interactions with the filters applied).
-- Pre-computed tables the dashboards read instead of scanning every interaction, built once per
-- snapshot the way the original Streamlit app kept pre-computed tables.

-- grouped first, then joined: every recipe gets a row, also one nobody interacted with
create table recipe_stats as
with per_recipe as (
    select recipe_id,
           count(*) as interactions,
           count(*) filter (where rating > 0) as ratings,
           avg(rating) filter (where rating > 0) as mean_rating,
           count(*) filter (where rating = 5) as fives,
           min(date) as first_date,
           max(date) as last_date
    from interactions
    group by recipe_id
)
select r.id as recipe_id,
       coalesce(p.interactions, 0) as interactions,
       coalesce(p.ratings, 0) as ratings,
       p.mean_rating,
       coalesce(p.fives, 0) as fives,
       p.first_date,
       p.last_date
from recipes r
left join per_recipe p on p.recipe_id = r.id
order by r.id;

create table interactions_daily as
select date,
       count(*) as interactions,
       count(*) filter (where rating > 0) as ratings,
       coalesce(sum(rating) filter (where rating > 0), 0) as rating_sum,
       count(*) filter (where rating = 5) as fives,
       count(*) filter (where rating = 0) as unrated
from interactions
group by date
order by date;

create table interactions_monthly as
select date_trunc('month', date)::date as month,
       count(*) as interactions,
       count(*) filter (where rating > 0) as ratings,
       coalesce(sum(rating) filter (where rating > 0), 0) as rating_sum,
       avg(rating) filter (where rating > 0) as mean_rating,
       count(*) filter (where rating = 5) as fives,
       count(distinct user_id) as active_users
from interactions
group by 1
order by 1;

-- One row per recipe and tag, sorted by tag: a tag filter becomes a small semi-join instead of a
-- scan of every recipe's tag list.
create table recipe_tags as
select unnest(tags) as tag, id as recipe_id
from recipes
order by 1, 2;
