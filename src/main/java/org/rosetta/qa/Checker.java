package org.rosetta.qa;

import java.util.List;

/** One check's work on one unit pair; what it learnt from the collection comes in through its constructor. */
interface Checker {

    List<Finding> check(UnitPair pair);
}
