/**
 * Problem categories: the national list every municipality starts from (table `problem_category`) and each
 * municipality's own changes to it (`municipality_problem_category`): categories of its own, new names, retired
 * ones. Forms offer the municipality's current categories; stored data keeps its code and is shown with the
 * category's current name, retired or not.
 */
package se.directioncycle.category;
