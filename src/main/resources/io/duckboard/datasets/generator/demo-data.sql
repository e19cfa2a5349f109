-- Food.com-shaped demo data, generated inside DuckDB. Every random draw is hash(row, purpose, seed),
-- so the same seed gives the same data whatever the thread count. Inputs (set by DemoDataGenerator):
-- n_recipes, n_interactions, n_users, n_contributors, seed.

create or replace temp macro rnd(i, purpose) as
    hash(i, purpose, getvariable('seed'))::double / 18446744073709551616.0;
-- standard normal by Box-Muller
create or replace temp macro rnorm(i, purpose) as
    sqrt(-2 * ln(greatest(rnd(i, purpose || ':a'), 1e-12))) * cos(2 * pi() * rnd(i, purpose || ':b'));
create or replace temp macro pick(list, u) as list[1 + least(floor(u * len(list))::bigint, len(list) - 1)];

-- ~100 tags, most popular first (index skew below makes the head common and the tail rare)
set variable tags = ['preparation', 'time-to-make', 'course', 'main-ingredient', 'dietary', 'easy', 'occasion',
    'cuisine', 'low-in-something', 'main-dish', 'equipment', 'number-of-servings', 'meat', 'vegetables',
    'taste-mood', 'north-american', 'desserts', 'dinner-party', 'healthy', 'american', 'poultry',
    '3-steps-or-less', 'low-sodium', 'holiday-event', 'low-carb', 'side-dishes', 'low-cholesterol',
    'oven', 'beginner-cook', 'low-saturated-fat', 'inexpensive', 'eggs-dairy', 'fruit', 'vegetarian',
    'comfort-food', 'kid-friendly', 'chicken', 'appetizers', 'for-large-groups', 'low-calorie', 'beef',
    'pasta-rice-and-grains', 'european', 'breakfast', 'baking', 'lunch', 'one-dish-meal', 'seasonal',
    'stove-top', 'winter', 'low-fat', 'christmas', 'italian', 'weeknight', 'brunch', 'cookies-and-brownies',
    'potluck', 'soups-stews', 'beverages', 'salads', 'pork', 'asian', 'seafood', 'summer', 'cakes',
    'mexican', 'thanksgiving', 'breads', 'sauces', 'spicy', 'chocolate', 'casseroles', 'cheese',
    'to-go', 'snacks', 'fall', 'spring', 'grilling', 'crock-pot-slow-cooker', 'fish', 'pies-and-tarts',
    'vegan', 'gluten-free', 'greek', 'indian', 'chinese', 'french', 'picnic', 'shellfish', 'potatoes',
    'rice', 'pasta', 'lamb-sheep', 'quick-breads', 'muffins', 'smoothies', 'cocktails', 'halloween',
    'easter', 'valentines-day'];
set variable ingredients = ['salt', 'butter', 'sugar', 'onion', 'water', 'eggs', 'olive oil', 'flour',
    'milk', 'garlic cloves', 'pepper', 'brown sugar', 'all-purpose flour', 'baking powder', 'egg',
    'garlic', 'parmesan cheese', 'lemon juice', 'baking soda', 'vanilla', 'black pepper', 'cinnamon',
    'tomatoes', 'sour cream', 'honey', 'cream cheese', 'vegetable oil', 'onions', 'celery', 'carrots',
    'chicken broth', 'unsalted butter', 'cheddar cheese', 'garlic powder', 'paprika', 'oil',
    'ground beef', 'vanilla extract', 'mayonnaise', 'potatoes', 'soy sauce', 'worcestershire sauce',
    'lemon', 'fresh parsley', 'green onions', 'kosher salt', 'dijon mustard', 'chili powder', 'cumin',
    'boneless skinless chicken breasts', 'heavy cream', 'oregano', 'nutmeg', 'fresh ground pepper',
    'red bell pepper', 'mushrooms', 'zucchini', 'spinach', 'rice', 'pasta', 'bacon', 'ginger',
    'cilantro', 'lime juice', 'basil', 'thyme', 'rosemary', 'semi-sweet chocolate chips', 'walnuts',
    'pecans', 'raisins', 'oats', 'banana', 'apples', 'blueberries', 'strawberries', 'orange juice',
    'maple syrup', 'coconut milk', 'canned tomatoes', 'black beans', 'corn', 'jalapeno', 'salsa',
    'tortillas', 'mozzarella cheese', 'ricotta cheese', 'feta cheese', 'yogurt', 'buttermilk',
    'cornstarch', 'balsamic vinegar', 'red wine vinegar', 'white wine', 'red wine', 'beef broth',
    'pork chops', 'salmon fillets', 'shrimp', 'tuna', 'sausage', 'ham', 'turkey', 'cabbage', 'broccoli',
    'cauliflower', 'sweet potatoes', 'eggplant', 'avocado', 'cucumber', 'red onion', 'shallots',
    'capers', 'olives', 'pine nuts', 'almonds', 'coconut', 'cocoa powder', 'powdered sugar',
    'cream of mushroom soup', 'bread crumbs', 'crackers', 'peanut butter', 'sesame oil', 'hoisin sauce',
    'fish sauce', 'curry powder', 'turmeric', 'cayenne pepper', 'red pepper flakes', 'bay leaves',
    'dried basil', 'italian seasoning', 'lemon zest', 'orange zest', 'frozen peas', 'green beans',
    'kidney beans', 'chickpeas', 'lentils', 'quinoa', 'couscous', 'noodles', 'pie crust', 'gelatin'];
set variable name_adjectives = ['easy', 'best', 'quick', 'creamy', 'spicy', 'grandma''s', 'healthy',
    'crispy', 'homemade', 'simple', 'classic', 'baked', 'grilled', 'roasted', 'slow cooker', 'lemon',
    'garlic', 'cheesy', 'sweet', 'tangy', 'smoky', 'fresh', 'hearty', 'light', 'rustic', 'golden',
    'old fashioned', 'southern', 'zesty', 'low fat'];
set variable name_mains = ['chicken', 'beef', 'pork', 'salmon', 'shrimp', 'vegetable', 'potato', 'pasta',
    'rice', 'apple', 'banana', 'chocolate', 'pumpkin', 'zucchini', 'mushroom', 'spinach', 'tomato',
    'black bean', 'turkey', 'lentil', 'broccoli', 'corn', 'blueberry', 'strawberry', 'lemon', 'peanut butter',
    'cheese', 'sausage', 'tuna', 'cauliflower', 'sweet potato', 'cabbage', 'eggplant', 'oatmeal', 'coconut',
    'carrot', 'ham', 'egg', 'avocado', 'chickpea', 'quinoa', 'garlic', 'onion', 'pecan', 'cranberry',
    'orange', 'honey', 'ginger', 'cinnamon', 'maple'];
set variable name_dishes = ['casserole', 'soup', 'salad', 'bread', 'muffins', 'cookies', 'cake', 'pie',
    'stew', 'chili', 'stir fry', 'pasta bake', 'tacos', 'curry', 'dip', 'sauce', 'bars', 'smoothie',
    'skillet', 'roast', 'burgers', 'wraps', 'frittata', 'risotto', 'pancakes', 'crumble', 'slaw',
    'quesadillas', 'meatballs', 'kabobs'];
set variable step_verbs = ['preheat the oven and grease a baking dish', 'in a large bowl, combine',
    'whisk together', 'stir in', 'add', 'fold in', 'heat oil in a skillet and cook', 'season with salt and',
    'bring to a boil, then simmer with', 'pour the mixture over', 'sprinkle with', 'bake until golden with',
    'chop', 'slice', 'dice', 'mix well with', 'cover and refrigerate with', 'saute', 'top with',
    'serve warm with', 'blend until smooth with', 'toss', 'drain and return to the pot with',
    'spread evenly with', 'let cool, then add'];
set variable description_sentences = ['this is a family favorite that i have made for years.',
    'quick to put together on a busy weeknight.', 'a great way to use up leftovers.',
    'my kids ask for this every week!', 'adapted from a recipe my mother used to make.',
    'perfect for potlucks and holiday gatherings.', 'you can easily double it for a crowd.',
    'light, fresh and full of flavor.', 'serve with crusty bread and a green salad.',
    'it freezes well, so make a double batch.', 'the secret is to not overmix the batter.',
    'this won first place at our church cook-off.', 'a healthier take on a classic.',
    'we like it spicy, so adjust the heat to your taste.', 'comfort food at its best.'];
set variable review_good = ['this was delicious!', 'my whole family loved it.', 'will definitely make again.',
    'easy and so tasty.', 'thanks for posting!', 'i added a little extra garlic.', 'made this for a party and it was a hit.',
    'perfect as written.', 'this is a keeper.', 'my husband asked for seconds.', 'so good with a salad on the side.',
    'i used less sugar and it was still great.', 'made for zwt, thanks!', 'quick, easy and yummy.',
    'i doubled the recipe and froze half.'];
set variable review_mixed = ['it was ok but needed more seasoning.', 'a bit bland for our taste.',
    'good, but it took longer than stated.', 'i had to add more liquid.', 'not bad, maybe i will tweak it next time.',
    'the texture was a little off.', 'decent weeknight meal.'];
set variable review_bad = ['this did not work for me at all.', 'way too salty.', 'sorry, we did not care for this.',
    'the cooking time was way off.', 'it fell apart in the pan.', 'i would not make this again.'];

-- Calendar: weight of each day = long-term trend (peak 2008-2009) x season (winter holidays high,
-- summer low, Thanksgiving bump) x day of week (weekends quieter).
create or replace temp table calendar as
with days as (
    select d::date as day,
           year(d) + (dayofyear(d) - 1) / 365.25 as t,
           dayofyear(d) as doy,
           isodow(d) as dow
    from range(date '2000-01-01', date '2019-01-01', interval 1 day) r(d)
), weighted as (
    select day,
           (exp(-power(t - 2008.3, 2) / (2 * power(2.5, 2))) + 0.02)
           * (1 + 0.22 * cos(2 * pi() * (doy - 5) / 365.25) + 0.25 * exp(-power(doy - 328, 2) / (2 * 36)))
           * case dow when 6 then 0.82 when 7 then 0.9 when 1 then 1.08 else 1.0 end as w
    from days
)
select day, sum(w) over (order by day) / sum(w) over () as cum from weighted;

create or replace temp table recipes as
select *, len(ingredients)::integer as n_ingredients from (
with base as (
    select i as id,
           greatest(1, round(exp(ln(40) + 0.95 * rnorm(i, 'minutes'))))::integer as minutes,
           greatest(1, least(60, round(exp(ln(8.5) + 0.5 * rnorm(i, 'steps')))))::integer as n_steps_target,
           greatest(2, least(30, round(exp(ln(8.5) + 0.38 * rnorm(i, 'ingr')))))::integer as n_ingr_target,
           (1 + floor(getvariable('n_contributors') * power(rnd(i, 'contrib'), 3)))::integer as contributor_id,
           rnd(i, 'submitted') as u_submitted,
           greatest(20, exp(ln(320) + 0.7 * rnorm(i, 'calories'))) as calories
    from range(1, getvariable('n_recipes') + 1) r(i)
)
select b.id,
       pick(getvariable('name_adjectives'), rnd(b.id, 'adj')) || ' '
           || pick(getvariable('name_mains'), power(rnd(b.id, 'main'), 1.4)) || ' '
           || pick(getvariable('name_dishes'), rnd(b.id, 'dish')) as name,
       b.minutes,
       b.contributor_id,
       c.day as submitted,
       list_distinct(
           [getvariable('tags')[1 + floor(100 * power(rnd(b.id, 'tag' || k), 2.2))::integer] for k in range(3 + floor(14 * rnd(b.id, 'ntags'))::integer)]
           || case when b.minutes <= 15 then ['15-minutes-or-less'] else [] end
           || case when b.minutes <= 30 then ['30-minutes-or-less'] else [] end
           || case when b.minutes <= 60 then ['60-minutes-or-less'] else [] end
           || case when b.minutes > 240 then ['4-hours-or-more'] else [] end
       ) as tags,
       {'calories': round(b.calories, 1),
        'total_fat': round(b.calories / 20 * (0.5 + rnd(b.id, 'fat')), 1),
        'sugar': round(b.calories / 12 * power(rnd(b.id, 'sugar'), 1.5) * 2, 1),
        'sodium': round(exp(ln(15) + 0.9 * rnorm(b.id, 'sodium')), 1),
        'protein': round(b.calories / 18 * (0.2 + rnd(b.id, 'protein')), 1),
        'saturated_fat': round(b.calories / 25 * (0.3 + rnd(b.id, 'satfat')), 1),
        'carbohydrates': round(b.calories / 110 * (0.4 + rnd(b.id, 'carbs')), 1)} as nutrition,
       b.n_steps_target as n_steps,
       [pick(getvariable('step_verbs'), rnd(b.id, 'verb' || k)) || ' '
            || pick(getvariable('ingredients'), power(rnd(b.id, 'stepingr' || k), 1.8))
        for k in range(b.n_steps_target)] as steps,
       array_to_string([pick(getvariable('description_sentences'), rnd(b.id, 'desc' || k))
                        for k in range(1 + floor(4 * rnd(b.id, 'ndesc'))::integer)], ' ') as description,
       list_distinct([pick(getvariable('ingredients'), power(rnd(b.id, 'ingr' || k), 1.8))
                      for k in range(b.n_ingr_target)]) as ingredients
from base b asof join calendar c on b.u_submitted <= c.cum
);

-- Popularity: log-normal weights give Food.com's long tails (median recipe ~2-3 interactions,
-- the top few over a thousand at full scale; a few users with thousands, most with a handful).
create or replace temp table recipe_popularity as
select id as recipe_id, sum(w) over (order by id) / sum(w) over () as cum
from (select id, exp(1.5 * rnorm(id, 'popularity')) as w from recipes);

create or replace temp table user_activity as
select i as user_id, sum(w) over (order by i) / sum(w) over () as cum
from (select i, exp(1.6 * rnorm(i, 'activity')) as w from range(1, getvariable('n_users') + 1) r(i));

create or replace temp table interactions as
with uniforms as (
    select i, rnd(i, 'user') as u_user, rnd(i, 'recipe') as u_recipe, rnd(i, 'date') as u_date,
           rnd(i, 'rating') as u_rating, rnd(i, 'late') as u_late
    from range(1, getvariable('n_interactions') + 1) r(i)
), draws as (
    -- the first interactions give every user and every recipe at least one
    select u.i,
           case when u.i <= getvariable('n_users') then u.i else a.user_id end::integer as user_id,
           case when u.i <= getvariable('n_recipes') then u.i else p.recipe_id end::integer as recipe_id,
           u.u_date, u.u_rating, u.u_late
    from uniforms u
    asof join user_activity a on u.u_user <= a.cum
    asof join recipe_popularity p on u.u_recipe <= p.cum
), dated as (
    select d.*, c.day as drawn
    from draws d asof join calendar c on d.u_date <= c.cum
), placed as (
    -- nobody reviews a recipe before it exists: such draws move to the months after submission
    select d.i, d.user_id, d.recipe_id, d.u_rating, r.minutes, r.n_steps,
           case when d.drawn >= r.submitted then d.drawn
                else least(date '2018-12-31', r.submitted + floor(d.u_late * 240)::integer) end as date
    from dated d join recipes r on r.id = d.recipe_id
), rated as (
    select p.*,
           isodow(p.date) >= 6 as weekend,
           -- the share of 5s falls a little for long, many-step recipes and on weekends
           0.725 - 0.025 * ln(greatest(p.minutes, 1) / 40.0) / 3 - 0.004 * (p.n_steps - 9)
               - case when isodow(p.date) >= 6 then 0.03 else 0 end as p5
    from placed p
)
select user_id, recipe_id, date,
       case when u_rating < 0.052 then 0
            when u_rating < 0.064 then 1
            when u_rating < 0.077 then 2
            when u_rating < 0.113 then 3
            when u_rating < 1 - p5 then 4
            else 5 end::tinyint as rating,
       array_to_string([case when u_rating < 0.077 then pick(getvariable('review_bad'), rnd(i, 'rv' || k))
                             when u_rating < 0.2 then pick(getvariable('review_mixed'), rnd(i, 'rv' || k))
                             else pick(getvariable('review_good'), rnd(i, 'rv' || k)) end
                        for k in range(1 + floor(5 * power(rnd(i, 'nrv'), 1.5))::integer)], ' ') as review
from rated
order by date, user_id, recipe_id;

create or replace temp table users as
select user_id,
       count(*)::integer as n_interactions,
       count(*) filter (where rating > 0)::integer as n_ratings,
       round(avg(rating) filter (where rating > 0), 4) as mean_rating,
       min(date) as first_date,
       max(date) as last_date
from interactions
group by user_id
order by user_id;
