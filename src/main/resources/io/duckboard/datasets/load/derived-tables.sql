-- Pre-computed tables the dashboards read instead of scanning every interaction, built once per
-- snapshot the way the original Streamlit app kept pre-computed tables.

create table recipe_stats as
select r.id as recipe_id,
       count(i.recipe_id) as interactions,
       count(*) filter (where i.rating > 0) as ratings,
       avg(i.rating) filter (where i.rating > 0) as mean_rating,
       count(*) filter (where i.rating = 5) as fives,
       min(i.date) as first_date,
       max(i.date) as last_date
from recipes r
left join interactions i on i.recipe_id = r.id
group by r.id
order by r.id;

create table interactions_daily as
select date,
       count(*) as interactions,
       count(*) filter (where rating > 0) as ratings,
       coalesce(sum(rating) filter (where rating > 0), 0) as rating_sum,
       count(*) filter (where rating = 5) as fives,
       count(*) filter (where rating = 0) as unrated,
       count(distinct user_id) as active_users,
       count(distinct recipe_id) as recipes
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
       count(distinct user_id) as active_users,
       count(distinct recipe_id) as recipes
from interactions
group by 1
order by 1;
