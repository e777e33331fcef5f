package report

import "math"

// Point is a position in the network drawing.
type Point struct{ X, Y float64 }

// layout places n nodes joined by edges (pairs of node indexes) in a width×height box with the
// force-directed algorithm of Fruchterman and Reingold (1991): nodes repel each other, edges
// pull their ends together, a weak pull toward the centre keeps unconnected groups in view,
// and the moves shrink as the layout cools. It uses no randomness (the nodes start on a
// sunflower spiral in their given order), so the same input gives the same coordinates.
func layout(n int, edges [][2]int, width, height float64) []Point {
	pos := make([]Point, n)
	if n == 0 {
		return pos
	}
	golden := math.Pi * (3 - math.Sqrt(5))
	for i := range pos {
		r := math.Sqrt(float64(i) + 0.5)
		pos[i] = Point{r * math.Cos(float64(i)*golden), r * math.Sin(float64(i)*golden)}
	}
	k := math.Sqrt(width * height / float64(n)) // the ideal edge length
	scale := k / 2
	for i := range pos {
		pos[i].X *= scale
		pos[i].Y *= scale
	}
	const iterations, gravity = 300, 0.2
	temp := width / 10
	disp := make([]Point, n)
	for it := 0; it < iterations; it++ {
		for i := range disp {
			// Gravity: a pull toward the centre like that of an edge, so that groups of
			// nodes with no edge between them stay near each other.
			d := math.Hypot(pos[i].X, pos[i].Y)
			disp[i] = Point{-pos[i].X * d / k * gravity, -pos[i].Y * d / k * gravity}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				dx, dy, d := delta(pos[i], pos[j])
				f := k * k / d // repulsion
				disp[i].X += dx / d * f
				disp[i].Y += dy / d * f
				disp[j].X -= dx / d * f
				disp[j].Y -= dy / d * f
			}
		}
		for _, e := range edges {
			i, j := e[0], e[1]
			if i == j {
				continue
			}
			dx, dy, d := delta(pos[i], pos[j])
			f := d * d / k // attraction
			disp[i].X -= dx / d * f
			disp[i].Y -= dy / d * f
			disp[j].X += dx / d * f
			disp[j].Y += dy / d * f
		}
		for i := range pos {
			d := math.Hypot(disp[i].X, disp[i].Y)
			if d > 0 {
				m := math.Min(d, temp)
				pos[i].X += disp[i].X / d * m
				pos[i].Y += disp[i].Y / d * m
			}
		}
		temp *= 0.98
	}
	return fit(pos, width, height)
}

// delta is the vector from b to a and its length, never zero (coincident nodes are pushed
// apart along a fixed direction).
func delta(a, b Point) (dx, dy, d float64) {
	dx, dy = a.X-b.X, a.Y-b.Y
	d = math.Hypot(dx, dy)
	if d < 0.01 {
		return 0.01, 0.01, math.Sqrt2 * 0.01
	}
	return dx, dy, d
}

// fit scales and moves the points to fill the box (stretching one axis by at most twice the
// other), and rounds them to a tenth so that the drawing is stable in print.
func fit(pos []Point, width, height float64) []Point {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	sx, sy := math.Inf(1), math.Inf(1)
	if maxX > minX {
		sx = width / (maxX - minX)
	}
	if maxY > minY {
		sy = height / (maxY - minY)
	}
	sx, sy = math.Min(sx, 2*sy), math.Min(sy, 2*sx)
	if math.IsInf(sx, 1) { // a single point
		sx, sy = 0, 0
	}
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	out := make([]Point, len(pos))
	for i, p := range pos {
		out[i] = Point{round1(width/2 + (p.X-cx)*sx), round1(height/2 + (p.Y-cy)*sy)}
	}
	return out
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// separate moves apart nodes whose boxes (half-widths and half-heights in half, centred on the
// points) overlap, along the axis where they overlap least, keeping every box inside the
// width×height drawing. Force-directed layouts pull the hubs of a dense network on top of one
// another; this makes their circles and labels readable. It stops when nothing overlaps or
// after a fixed number of rounds.
func separate(pos, half []Point, width, height float64) {
	const rounds, gap = 200, 2
	for round := 0; round < rounds; round++ {
		moved := false
		for i := range pos {
			for j := i + 1; j < len(pos); j++ {
				dx, dy := pos[j].X-pos[i].X, pos[j].Y-pos[i].Y
				ox := half[i].X + half[j].X + gap - math.Abs(dx)
				oy := half[i].Y + half[j].Y + gap - math.Abs(dy)
				if ox <= 0 || oy <= 0 {
					continue
				}
				moved = true
				if ox < oy {
					s := math.Copysign(ox/2, dx+1e-9) // j goes right when they share an x
					pos[i].X -= s
					pos[j].X += s
				} else {
					s := math.Copysign(oy/2, dy+1e-9)
					pos[i].Y -= s
					pos[j].Y += s
				}
			}
		}
		for i := range pos {
			pos[i].X = math.Min(math.Max(pos[i].X, half[i].X), width-half[i].X)
			pos[i].Y = math.Min(math.Max(pos[i].Y, half[i].Y), height-half[i].Y)
		}
		if !moved {
			break
		}
	}
	for i := range pos {
		pos[i] = Point{round1(pos[i].X), round1(pos[i].Y)}
	}
}
